"""Long benign documents for the injection learned layer's training: the text around an
attack in the pages, mails and tool results an agent reads, which the model saw little
of — second-person text addressed to people (terms, privacy notices, manuals, FAQs,
onboarding pages, bank and shop mails, recipes), mails between colleagues asking each
other for things, write-ups and lessons about prompt injection, man pages and changelogs
saying "ignore" and "override", logs and code. Trained on as negatives (every window of
each document) and with one of the language's attacks planted between two paragraphs
(`gen_train`), so that a window of ordinary prose does not look like one holding an order
to the AI. Written for training, apart from the dev sets' long documents
(`tests/corpus/dev/injection_long_text`, a measure). Paragraphs are separated by blank
lines.

Not in the training set: with `text_intent` (d800027, reverted) the model at offset 0
flagged more legal text and web pages on an external batch (FPR 0.044 -> 0.069, over its
0.05 goal); with `text_reader` too (0082f82, reverted) 0.060, still over it."""

# ruff: noqa: E501 -- texts stay one line each, as written

from __future__ import annotations

LONG: dict[str, list[str]] = {
    "en": [
        """Privacy notice for the Fieldnote app

This notice explains what we collect when you use Fieldnote, why, and what you can do about it.

What we collect. When you create an account we store your email address and the name you choose. When you write notes we store them so you can read them on your other devices. We keep a log of sign-ins (time, rough location from your IP address, device type) for 90 days to protect your account.

What we don't collect. We don't read your notes except when you ask support to look at a problem and give us permission in writing. We don't sell your data and we don't show ads.

Who we share it with. Our hosting provider stores the data in the EU. Our email provider sends you the messages you asked for. If a court orders us to hand over data, we will tell you unless the order forbids it.

Your choices. You can download everything you stored with us from Settings, then Export. You can delete your account at any time; we remove your notes within 30 days and backups within 90. You can ask us what we hold about you by writing to privacy@fieldnote.example.

Changes. If we change this notice in a way that matters, we will email you before it takes effect.""",
        """Getting started with your new router

Thank you for choosing the Linkwave AX3000. Follow these steps to get online in about ten minutes.

1. Connect the cable from your broadband socket to the yellow WAN port on the back of the router. Plug in the power adapter and press the power button. Wait until the light on the front turns solid white; this can take two minutes.

2. On your phone or computer, join the wireless network printed on the sticker under the router. The password is on the same sticker.

3. Open a browser and go to http://192.168.1.1. If nothing loads, check that you are connected to the router's network and not to your mobile data.

4. The setup assistant asks you to choose a new admin password. Pick one you don't use anywhere else and write it down somewhere safe. You will need it to change settings later.

5. Choose a name and password for your home network. If you keep the old names, your devices will reconnect on their own.

6. Let the router check for updates. Don't switch it off while it updates; the light blinks blue until it is done.

If the light turns red, your internet connection is not working. Restart the router, check the cable, and if it stays red, call your provider: the problem is usually on their side. For anything else, see the full manual at linkwave.example/support.""",
        """Subject: Your order has shipped

Hi Maya,

Good news: your order #48210 is on its way. It left our warehouse this morning and should reach you on Thursday or Friday.

Items in this shipment:
- Linen duvet cover, double, sage (1)
- Pillowcases, set of two, sage (1)

You can follow your parcel with the tracking link below. The courier will ask for a signature; if you're not home, they will leave a card and try again the next working day, or you can pick the parcel up at the local depot.

Track your parcel: https://track.parcelline.example/48210XK

Need to return something? You have 30 days from delivery. Wash and use the item as you like during the first week; if you don't love it, send it back in any packaging with the returns label from your account and we'll refund you within five days of receiving it.

Thanks for shopping with us,
The Slumber & Co team

Questions? Reply to this email or call us Monday to Saturday, 8 am to 8 pm. You're receiving this email because you placed an order at slumberco.example.""",
        """Re: Can you cover my shift on Saturday?

Hi Tomasz,

Sure, I can take Saturday morning if you take my Wednesday afternoon in return. I'll update the rota once Greta says it's fine.

Two things you should know for Wednesday: the delivery from the bakery comes at 2 pm and needs to be checked against the order sheet before you sign, and the coffee machine is being serviced at 4, so switch it off at 3:45 and let the technician in through the back door.

If anything comes up, text me, I'll have my phone on.

Lina

On Tue, 7 April, Tomasz wrote:
> Hi Lina, my sister's wedding moved to Saturday and I'm on the morning shift. Could you swap with me? I can do any day next week. Thanks a lot, T.

On Tue, 7 April, Greta wrote:
> Fine by me as long as someone opens at 7. Please both check the rota afterwards.""",
        """How to reset a forgotten password

If you can't sign in because you forgot your password, you can set a new one yourself.

Go to the sign-in page and choose Forgot password. Enter the email address of your account. We'll send you a link that works for one hour. Open it on the same device if you can, choose a new password, and sign in with it.

Didn't get the email? Check your spam folder and wait five minutes before asking again: each new request cancels the previous link. If your address has changed and you can no longer read mail sent to the old one, contact support with your account name; we'll ask you a few questions to confirm it's you.

Choosing a good password. Use at least twelve characters. A few unrelated words are easier to remember than a short string of symbols. Don't reuse a password from another site. Turn on two-step verification in Settings so that a stolen password alone is not enough to get in.

We will never ask for your password by email, phone or chat. If someone does, they are not from us.""",
        """Weeknight tomato and chickpea curry

This takes about thirty minutes and uses things you probably have in the cupboard. It serves four, or two with lunch the next day.

You will need: one onion, three cloves of garlic, a thumb of ginger, two tablespoons of curry paste, a tin of chopped tomatoes, a tin of chickpeas, a tin of coconut milk, a handful of spinach, rice to serve.

Start the rice first so everything is ready together. Chop the onion and cook it in a little oil over a medium heat until it's soft and golden, about eight minutes. Grate in the garlic and ginger, add the curry paste and stir for a minute until it smells fragrant.

Pour in the tomatoes and the drained chickpeas, then the coconut milk. Let it bubble gently for fifteen minutes, stirring now and then so it doesn't catch. If it gets too thick, add a splash of water.

Stir in the spinach at the end until it wilts. Taste and add salt, and a squeeze of lime if you have one. Serve over the rice with yoghurt and coriander.

Tip: if you like it hotter, add a chopped green chilli with the garlic. Leftovers keep for three days in the fridge and freeze well.""",
        """Frequently asked questions: membership

Can I pause my membership? Yes, once a year for up to three months. Ask at reception or in the app under Membership, then Pause. You won't be charged while it's paused.

How do I cancel? Give one month's notice in the app or in writing. Your membership ends at the end of the following month; you can keep using the gym until then.

Can I bring a friend? Members can bring a guest four times a year. Your guest needs to sign the health form at reception and show an ID.

What happens if I lose my card? Report it in the app so nobody else can use it. A replacement costs five pounds and is ready the same day.

Are there age limits? You must be 16 or older. Members aged 16 and 17 need a parent's signature and can't use the free weights area without an instructor.

Do you have lockers? Yes, bring your own padlock or rent one at reception. Lockers are emptied every night at closing time; anything left is kept for two weeks.""",
        """Lessons from building an email assistant

We spent six months building an assistant that reads a small business's inbox, sorts it and drafts replies. Here is what surprised us.

Nearly all the hard problems were about trust, not language. The model wrote good replies early on. What took months was deciding what it may do without a person: we ended with drafting only, plus moving mail between folders, and nothing that sends, pays or deletes.

Mail is full of text that looks like orders. Newsletters tell you to click, invoices tell you to pay, colleagues tell you to call them back. The assistant has to treat all of it as information about the mail, never as instructions to itself. We tested with messages that were written to steer it, such as a supplier mail asking the assistant to change the bank details on file, and it was the permission model, not the prompt, that stopped them.

Summaries need sources. Staff stopped trusting summaries until each line linked to the mail it came from. Once they could check, they used it every day.

Small mistakes matter more than rare big ones. A wrong date in a draft annoyed people more than the assistant refusing to answer. We added a check that dates and amounts in a draft appear in the mail it replies to.

Next we want to let it fill in the order system, with a person confirming each entry.""",
        """Employee security awareness: the five things we ask of you

1. Lock your screen when you leave your desk, even for a minute. Press Windows and L, or Control, Command and Q on a Mac.

2. Think before you click. If a mail asks you to act quickly, to sign in, to pay, or to open an attachment you didn't expect, check with the sender through another channel first. Forward suspicious mails to the security desk and then delete them.

3. Use the password manager for every work account, and turn on two-step verification wherever it's offered. Never share a password, not even with IT; we will never ask for it.

4. Keep company data on company systems. Don't upload customer files to personal cloud storage or to public AI tools. The approved assistant in our chat is fine for internal documents up to the confidential level.

5. Report anything odd, straight away: a lost laptop, a mail you clicked by mistake, someone tailgating you through a door. Reporting early is never a problem; hiding it is.

The full policy is on the intranet. This short version is what we check in the yearly training quiz.""",
        """tar(1) - quick reference

tar stores files in an archive and extracts them again.

Create an archive: tar -czf backup.tar.gz photos/ documents/. The c means create, z compresses with gzip, f names the archive file that follows.

List what is inside: tar -tzf backup.tar.gz.

Extract: tar -xzf backup.tar.gz. Add -C /some/dir to extract somewhere other than the current directory.

Exclude files: --exclude='*.tmp' leaves out files matching the pattern. You can repeat it. Patterns are matched against the path inside the archive.

Overwriting: by default, extracting overwrites existing files with the same name. Use --keep-old-files to refuse, or --skip-old-files to silently ignore files that already exist.

Warnings: --warning=no-file-changed ignores files that changed while being read, which is common when archiving logs. Use it with care: the archive may then hold a half-written file.

Exit status: 0 on success, 1 if some files differ or changed while being archived, 2 on a fatal error.""",
        """Release notes, version 3.8

New
- Dark mode follows your system setting. You can override it per workspace in Preferences.
- Bulk edit: select several tasks with shift-click and change their due date, owner or label at once.
- Admins can now require two-step verification for everyone in the organisation.

Changed
- The sidebar remembers which projects you collapsed.
- Notifications for tasks you created but don't own are off by default. Turn them back on in Preferences, Notifications.
- Exported CSV files use UTF-8 with a byte order mark, so spreadsheet programs open accents correctly.

Fixed
- Due dates set in another time zone no longer move by a day.
- Comments with long links no longer overflow on small screens.
- The search ignored archived projects even when you ticked Include archived.

Removed
- The old API v1 is switched off. All calls must use v2; see the migration guide.

Known issues
- On some Android tablets the keyboard hides the comment box. Rotate the screen as a workaround; a fix is coming in 3.8.1.""",
        """Q: How do I stop git from tracking a file I already committed?

I added config/local.yml by mistake and now every change to it shows up in git status. I added it to .gitignore but nothing changed. How do I make git ignore it?

A: .gitignore only affects files git isn't tracking yet. Once a file is committed, you need to remove it from the index while keeping it on disk:

git rm --cached config/local.yml
git commit -m "Stop tracking local config"

After that, the line in .gitignore does its job and future changes won't show up. Note that the file will be deleted for everyone else when they pull, so tell your team, and consider committing a config/local.example.yml they can copy.

If you only want to ignore your own local changes without removing the file for others, you can use git update-index --assume-unchanged config/local.yml, but that is meant as a performance hint and is easy to forget; the first approach is cleaner.

Comment: Worked, thanks! I had to run it from the repository root.""",
        """Minutes of the parents' association, 12 March

Present: eleven parents, the head teacher and two teachers. Apologies from four parents.

Summer fair. The fair is on 20 June from 2 to 5 pm. We need volunteers for the cake stall, the tombola and setting up the tables at 1 pm. Please add your name to the sheet in the school office or reply to the class representative. Donations for the tombola can be left at reception from 1 June.

Swimming lessons. The pool has raised its prices. The association will pay the difference this year so parents don't pay more; next year we will look at other options.

Playground. The head teacher reported that the new climbing frame arrives in May. The old one will be taken down during the Easter holidays, so the area will be closed for two weeks.

School photos. Several parents asked whether photos can be sent digitally instead of printed. The teacher in charge will ask the photographer.

Any other business. A parent asked that reminders be sent by the app rather than paper letters, which often don't reach home. Agreed to try it for the summer term.

Next meeting: 23 April, 6:30 pm, in the library.""",
        """{"status": "ok", "data": {"customer": {"id": "C-20931", "name": "Harlow Garden Supplies", "tier": "business", "since": "2021-08-14", "account_manager": "e.santos"}, "open_tickets": [{"id": 55102, "subject": "Invoice 2026-0311 shows the wrong VAT rate", "status": "waiting on customer", "priority": "normal", "last_reply": "We corrected the rate and sent a new invoice. Please confirm you received it and ignore the earlier one."}, {"id": 55177, "subject": "Can we add a second delivery address?", "status": "open", "priority": "low", "last_reply": "Yes, an admin on your account can add it under Settings, then Addresses. Let us know if you'd like us to do it for you."}], "recent_orders": [{"id": "O-88120", "total": 1240.50, "currency": "EUR", "status": "delivered"}, {"id": "O-88342", "total": 310.00, "currency": "EUR", "status": "in transit"}], "notes": "Prefers contact by email. Pays by bank transfer, 30 days."}}""",
        """2026-04-06 09:12:55,201 INFO  [main] Starting OrderService v2.3.1 on host app-7
2026-04-06 09:12:56,880 INFO  [main] Connected to database orders-db (pool size 20)
2026-04-06 09:12:57,014 WARN  [main] Property cache.ttl not set, using default 300s
2026-04-06 09:12:57,402 INFO  [main] Listening on port 8080
2026-04-06 09:15:03,119 INFO  [http-12] POST /orders 201 38ms user=3391
2026-04-06 09:15:07,560 INFO  [http-4] GET /orders/88342 200 6ms user=3391
2026-04-06 09:17:44,002 ERROR [http-9] POST /orders 500 112ms user=1277 java.sql.SQLTransientConnectionException: Connection is not available, request timed out after 30000ms
2026-04-06 09:17:44,003 ERROR [http-9]   at com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)
2026-04-06 09:17:44,003 ERROR [http-9]   at com.example.orders.OrderRepository.save(OrderRepository.java:88)
2026-04-06 09:17:44,210 INFO  [retry-1] Retrying POST /orders for user=1277 attempt=2
2026-04-06 09:17:44,260 INFO  [retry-1] POST /orders 201 50ms user=1277
2026-04-06 09:20:00,000 INFO  [scheduler] Running job expire-carts, 41 carts expired
2026-04-06 09:25:00,000 INFO  [scheduler] Running job send-reminders, 12 reminders sent, 0 failed""",
        """def import_contacts(path: str, owner_id: int) -> ImportResult:
    \"\"\"Reads a CSV of contacts exported from another address book and adds them to the
    owner's list. Rows without an email are skipped; duplicates are merged.\"\"\"
    result = ImportResult()
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            email = (row.get("email") or row.get("E-mail Address") or "").strip().lower()
            if not email:
                result.skipped += 1  # nothing to match on: ignore the row
                continue
            existing = Contact.find(owner_id, email)
            if existing:
                # Keep what the owner typed; only fill fields that are empty.
                existing.fill_missing(row)
                result.merged += 1
            else:
                Contact.create(owner_id, email=email, name=row.get("name", ""))
                result.created += 1
    log.info("import for %s: %s", owner_id, result)
    return result""",
        """Welcome to the community garden!

We're glad you've joined. Here's how things work.

Your plot. Your plot number is on the letter with your key. Keep it tidy and planted from April to October; if a plot is left untended for two months we'll contact you, and after a third month we may offer it to the next person on the waiting list.

Water. The taps are on from April to October. Please use watering cans rather than hoses in July and August, and always turn the tap off fully: a dripping tap emptied the tank twice last summer.

Shared tools. The shed has spades, forks, wheelbarrows and a mower. Bring them back clean and put them where you found them. If something breaks, write it on the board in the shed.

Compost. Green waste goes in the left bays, nothing cooked, no meat, no diseased plants. Turn the heap when you see the sign on it.

Work days. We hold a work day on the first Saturday of each month. Please come to at least three a year; there's always soup.

Questions? Ask anyone in a green apron, or write to the committee.""",
        """Why prompt injection is hard to fix

Security people are used to bugs that can be patched. Prompt injection is different, and it helps to see why before choosing defences.

A language model reads its developer's instructions, the user's request and any fetched content as one sequence of text. There is no separate channel for code and data, as there is in a database query with parameters. So when a web page says something that sounds like an instruction, the model may weigh it like one.

Filters help at the edges. A classifier can catch the familiar phrasings, and will keep catching the lazy attacks. But attackers can reword endlessly, and a filter strict enough to stop rewording will also block honest pages that talk about the topic, like this one.

The more durable defences limit what a successful attack can achieve. Give the agent only the tools the task needs. Require a person to confirm anything that spends money, sends messages or deletes data. Keep secrets out of the model's context entirely. Treat the model's output as untrusted when it flows into other systems.

None of this makes injection impossible. It turns a takeover into an annoyance, which is the realistic goal for now.""",
        """From: Facilities <facilities@brightline.example>
Subject: Office closed on Friday for electrical work

Dear colleagues,

The office will be closed all day on Friday 17 April while the electricians replace the main distribution board. There will be no power in the building from 7 am to about 6 pm.

Please take your laptop home on Thursday evening and work from home on Friday. If you have a desk phone, set it to forward to your mobile before you leave. The server room runs on its backup supply and the IT team will be on site.

The fridges in the kitchens will be switched off. Please take home anything that needs to stay cold, and anything you don't want thrown away: the cleaners will empty the fridges on Thursday at 6 pm.

The car park stays open for the contractors only.

If you must come in on Friday for something urgent, talk to your manager and let us know by Wednesday, so we can arrange access with the site manager.

Thank you for your understanding,
Facilities team""",
        """Return policy

You can return most items within 30 days of delivery for a full refund. Here's what you need to know.

What you can return. Items in their original condition, with tags attached. Shoes must be tried on indoors only. For hygiene reasons we can't accept underwear, swimwear without the protective strip, or pierced jewellery.

How to return. Sign in to your account, choose the order and select Return items. Print the label, or show the QR code at a drop-off point. Keep the receipt until your refund arrives.

Refunds. We refund to the payment method you used, within 14 days of receiving the return. Delivery costs are refunded if you return the whole order. If you paid with a gift card, the refund goes back to a gift card.

Faulty items. If something arrives damaged or breaks within a year, contact us with a photo. We'll replace it or refund you, and you won't pay for the return.

Exchanges. We don't do direct exchanges. Return the item and place a new order; this is usually the fastest way to get the right size.""",
        """Support chat transcript (exported)

Customer: Hi, I was charged twice for my subscription this month.
Agent (Rosa): Hi, sorry about that! Could you tell me the email address on the account?
Customer: It's the one I'm writing from.
Agent (Rosa): Thanks. I can see two payments of 9.99 on 3 April. The second one is a duplicate from a retry after your bank declined the first attempt, which then went through after all.
Customer: So will I get it back?
Agent (Rosa): Yes, I've refunded the duplicate now. It usually shows on your statement in three to five working days, depending on your bank.
Customer: Great. Can you make sure it doesn't happen again?
Agent (Rosa): We've fixed the retry logic on our side last week, so it shouldn't. If it does, reply to this chat and I'll sort it straight away.
Customer: Thanks, Rosa.
Agent (Rosa): You're welcome! Anything else I can help with?
Customer: No, that's all.
Chat ended. Rate this conversation: 1 2 3 4 5""",
        """Assignment 3: build a tool-using agent (due 24 April)

In this assignment you'll write a small agent that answers questions about a fictional company by calling three tools: search the handbook, look up an employee, and read the calendar.

Requirements. Your agent must decide which tool to call from the question alone. It must never call the calendar tool for someone other than the person asking. It must cite the handbook section it used. It must say so when it doesn't know.

Testing. We provide 40 questions with expected answers. Ten of them include content meant to mislead the agent, for example a handbook page that has been edited to contain instructions. Your report should explain how your agent handles those pages and what it would take to fool it.

Submission. Upload a zip with your code and a report of at most four pages. Include the transcript of your agent on all 40 questions.

Grading. 40 % correctness, 30 % handling of the misleading content, 30 % the report. Late submissions lose 10 % per day.

Academic honesty. You may discuss ideas with classmates but the code and report must be your own.""",
        """# quickcsv

Read and write CSV files with types, without pandas.

## Install

pip install quickcsv

## Usage

Call quickcsv.read(path, schema) with a schema that maps column names to types: int, float, date, str or bool. You get a list of dicts with converted values. Rows that don't convert raise an error naming the line and the column; pass errors="skip" to leave them out and collect them in result.rejected instead.

Writing works the other way round: quickcsv.write(path, rows, columns) writes the columns in the order you give. Dates are written as ISO 8601. Pass delimiter=";" for the files spreadsheet programs make in many European locales.

## Why not the csv module?

You can, and for small scripts you should. quickcsv saves you the conversions and the error messages when a file comes from somebody else and you need to know which line is wrong.

## Limits

It reads the whole file into memory. For files of several gigabytes, use the streaming reader, quickcsv.iter_rows, which yields one row at a time.

## Contributing

Open an issue before a large change so we can agree on the approach. Run the tests with pytest and format with ruff before you send a pull request.""",
        """Subject: Update on your application

Dear Samuel,

Thank you for your interest in the position of junior data analyst and for the time you spent on our assessment.

We were impressed by your written task, in particular the way you explained your assumptions about the missing values. We would like to invite you to a second interview with the team lead and one of the analysts. It will take about an hour and include a short discussion of your task and questions about how you work with colleagues who are not technical.

Please choose a slot in the scheduling link below by Friday. If none of the times suit you, reply to this email with a few that do and we will do our best to find one.

You don't need to prepare anything in particular. If you need any adjustments for the interview, for example extra time or a different format, let us know and we will arrange them.

Kind regards,
Elena Brooks
Talent team, Corvid Analytics""",
        """<div class="product"><h1>Trailhead 30 L daypack</h1>
<p class="price">79.00 EUR · In stock · Free returns</p>

<p>A light daypack for hikes of a day or two. The back panel is ventilated, the hip belt has two zip pockets, and a rain cover folds into the base.</p>

<h2>Details</h2>
<ul><li>Volume: 30 litres</li><li>Weight: 980 g</li><li>Fits a 3 litre hydration bladder</li><li>Made from recycled polyester</li></ul>

<h2>Customer questions</h2>
<p>Q: Does it fit as cabin luggage? A: Yes, on most airlines, if you don't overfill the front pocket.</p>
<p>Q: Is it good for a short back? A: The harness adjusts from 40 to 52 cm; measure your back before you order.</p>

<h2>Reviews</h2>
<p>★★★★★ Carried it across the Alps for a week. Comfortable even when full. - Jonas</p>
<p>★★★☆☆ Nice pack, but the side pockets are too tight for a big water bottle. - Marta</p>
<p>★★★★☆ Good value. I wish the rain cover were a brighter colour. - Keiko</p></div>
<footer>Customer service · Delivery and returns · Size guide · Gift cards · © 2026 Ridgeline Outdoor</footer>""",
        """Webhooks guide

Webhooks let your application hear about events as they happen instead of asking our API every few minutes.

Setting one up. In the dashboard, open Developers, then Webhooks, and add the URL of an endpoint on your server. Choose the events you want, for example invoice.paid or subscription.cancelled. We send a test event straight away so you can check that your endpoint answers.

Answering. Your endpoint must answer with a 2xx status within ten seconds. Do the real work afterwards, in a background job: if you answer late, we treat the delivery as failed and send it again.

Verifying. Every request carries a signature header computed with your endpoint's secret. Compute it yourself and compare before you trust the body. Reject requests whose timestamp is more than five minutes old, so a recorded request cannot be replayed.

Retries. Failed deliveries are retried for three days with growing gaps. The same event may reach you twice, so store the event id and skip ids you have already handled.

Testing locally. Use the command line tool to forward events to your laptop while you develop, and to send any event type on demand.""",
        """Community rules for the Harbourside forum

These rules keep the forum useful and friendly. Moderators apply them; if you disagree with a decision, message the moderation team rather than arguing in the thread.

Be kind. Criticise ideas, not people. No insults, no slurs, no posting other people's private details.

Stay on topic. Start a new thread for a new question, and search first: your question may already have an answer.

No advertising. You may mention your own product when it answers a question, once, and say that it is yours. Threads that exist only to sell something are removed.

Sharing content. Post only what you have the right to share. Quote other sites briefly and link to the source. If someone asks you to remove a photo of them, do it.

Accounts. One account per person. You are responsible for what is posted from your account. If you think someone else has access to it, change your password and tell us.

What moderators may do. Edit a post to remove personal details, move a thread, close it, or suspend an account that keeps breaking these rules. We tell you why by private message.""",
        """End-user licence (summary)

This summary helps you understand the licence; the full text decides if the two differ.

What you may do. Install the software on up to three computers that you use. Make one backup copy. Use it for personal and commercial work.

What you may not do. Rent or resell the software, share your licence key, or try to get around the licence check. You may not reverse engineer it, except where the law allows you to for compatibility.

Updates. Updates within the same major version are free. We may update the software automatically to fix security problems; you can turn other automatic updates off in the settings.

Your files. Documents you create are yours. The software does not upload them anywhere unless you turn on cloud sync, which has its own terms.

Ending the licence. The licence ends if you break these terms. When it ends, uninstall the software. You may ask for a refund within 30 days of purchase if the software does not work on your computer.

Support. We help with installation and bugs for the life of the major version you bought.""",
        """Seller terms for the Crafted market

Welcome, sellers. These terms explain what you agree to when you list items on Crafted.

Listings. Describe each item honestly, with photos of the item itself. You must have made, designed or sourced the item as you say. Items on our prohibited list cannot be listed.

Fees. Listing is free. When an item sells we charge 6 % of the sale price, including delivery. Fees are taken from your payout automatically.

Payouts. We pay what buyers paid, minus fees, to your bank account every Monday, for orders that were marked as shipped at least three days earlier.

Shipping. Ship within the time you promised in the listing and add tracking for orders over 30 euros. If a parcel is lost without tracking, the buyer gets a refund at your cost.

Returns. You choose your own return policy, but buyers can always return items that don't match the listing.

Your shop data. You can download your orders and your buyers' delivery addresses only to fulfil orders; you may not use them to send marketing without the buyer's consent.""",
    ],
    "de": [
        """Datenschutzhinweise für unseren Newsletter

Wenn Sie unseren Newsletter abonnieren, speichern wir Ihre E-Mail-Adresse und, falls angegeben, Ihren Vornamen. Wir nutzen diese Daten nur, um Ihnen den Newsletter zu schicken.

Sie erhalten zunächst eine E-Mail mit einem Bestätigungslink. Erst wenn Sie diesen anklicken, tragen wir Sie ein. So stellen wir sicher, dass niemand Sie ohne Ihr Wissen anmeldet.

Wir werten aus, ob ein Newsletter geöffnet und welche Links angeklickt wurden, um unsere Inhalte zu verbessern. Wenn Sie das nicht möchten, können Sie der Auswertung jederzeit widersprechen.

Sie können den Newsletter jederzeit abbestellen: über den Link am Ende jeder Ausgabe oder mit einer kurzen Nachricht an uns. Ihre Adresse löschen wir dann innerhalb von 30 Tagen.

Bei Fragen zum Datenschutz erreichen Sie unseren Datenschutzbeauftragten unter der Adresse im Impressum. Sie haben außerdem das Recht, sich bei einer Aufsichtsbehörde zu beschweren.""",
        """Betreff: Re: Übergabe vor meinem Urlaub

Hallo Jonas,

danke für die Liste. Ich übernehme die beiden offenen Angebote und melde mich morgen bei Frau Krüger wegen des Termins.

Bitte schick mir noch die aktuelle Preisliste, die alte im Ordner ist von letztem Jahr. Und sag mir, wo ich die Zugangsdaten für das Lieferantenportal finde – ich vermute im Passwortmanager unter Einkauf?

Falls der Kunde aus Bremen anruft: Die Lieferung verschiebt sich um eine Woche, das habe ich ihm schon gesagt, er wollte sich aber noch einmal melden.

Erhol dich gut!
Miriam

> Am 8. April schrieb Jonas:
> Hallo Miriam, ab Montag bin ich zwei Wochen weg. Anbei die offenen Punkte. Bei Fragen erreichst du mich bis Freitag.""",
    ],
    "fr": [
        """Conditions générales de location de vélos

Article 1. La location est ouverte aux personnes de plus de 14 ans. Les mineurs doivent être accompagnés d'un adulte qui signe le contrat.

Article 2. Une pièce d'identité et un dépôt de garantie de 150 euros sont demandés au départ. Le dépôt est rendu au retour du vélo, après vérification de son état.

Article 3. Vous êtes responsable du vélo pendant toute la durée de la location. Attachez-le toujours avec l'antivol fourni. En cas de vol, vous devez porter plainte et nous remettre une copie du récépissé.

Article 4. En cas de crevaison ou de panne, appelez-nous : nous vous indiquons l'atelier partenaire le plus proche. Les réparations dues à une mauvaise utilisation restent à votre charge.

Article 5. Le vélo doit être rendu à l'heure prévue. Chaque heure de retard est facturée au tarif horaire.

Article 6. Le port du casque est recommandé pour tous et obligatoire pour les moins de 12 ans. Les casques sont prêtés gratuitement.""",
        """Objet : Réunion de rentrée et fournitures

Chers parents,

La réunion de rentrée de la classe de CM1 aura lieu le jeudi 10 septembre à 18 heures, dans la salle 4. J'y présenterai le programme de l'année, l'organisation des devoirs et les sorties prévues.

Merci de vérifier que votre enfant a bien tout le matériel de la liste, en particulier une calculatrice simple et un dictionnaire. Pensez à marquer son nom sur ses affaires de sport.

Les devoirs sont notés chaque jour dans le cahier de textes. Je vous demande de le signer le vendredi, pour que je sache que vous l'avez vu.

Si vous souhaitez me rencontrer en dehors de la réunion, écrivez un mot dans le cahier de liaison et je vous proposerai un rendez-vous.

Bonne rentrée à tous,
Mme Lefebvre""",
    ],
    "es": [
        """Instrucciones de uso de la cafetera

Antes del primer uso, llena el depósito con agua y haz funcionar la cafetera dos veces sin café para limpiar el circuito.

Para preparar café, coloca el filtro en su soporte, añade una cucharada de café molido por taza y llena el depósito con agua fría hasta la marca que corresponda. Cierra la tapa y pulsa el botón de encendido. La luz se apaga cuando el café está listo.

No abras la tapa mientras la cafetera está en funcionamiento: el agua sale muy caliente.

Limpieza. Vacía el filtro después de cada uso. Una vez al mes, elimina la cal con una mezcla de agua y vinagre a partes iguales, seguida de dos ciclos solo con agua.

Si la cafetera no se enciende, comprueba que el enchufe funciona. Si gotea, revisa que la jarra esté bien colocada. Para cualquier otra avería, contacta con el servicio técnico; no intentes abrir el aparato.""",
    ],
    "ru": [
        """Памятка для новых жильцов

Добро пожаловать в наш дом! Вот несколько правил, которые помогут всем жить спокойно.

Мусор выносите в контейнеры во дворе. Пластик и бумагу складывайте отдельно, в синие баки. Крупный мусор можно оставить у площадки только по четвергам.

Шуметь после одиннадцати вечера нельзя. Если вы планируете ремонт, предупредите соседей и работайте с девяти до семи в будние дни.

Велосипеды и коляски храните в колясочной на первом этаже, а не на лестнице: это проход для пожарных.

Показания счётчиков передавайте до двадцатого числа через приложение управляющей компании. Если в квартире течёт вода или пахнет газом, сразу звоните в аварийную службу.

Вопросы можно задать в общем чате дома или председателю совета.""",
    ],
    "ja": [
        """ご利用ガイド：会員登録について

会員登録をすると、注文履歴の確認やお届け先の保存ができるようになります。

登録の手順：トップページの「会員登録」を押し、メールアドレスとパスワードを入力してください。確認メールが届きますので、メール内のリンクを開くと登録が完了します。

パスワードは八文字以上で、他のサービスと同じものは使わないでください。お忘れの場合は、ログイン画面の「パスワードを忘れた方」から再設定できます。

登録内容の変更は「マイページ」からいつでも行えます。退会をご希望の場合も、マイページの一番下から手続きできます。

当店からお客様にパスワードをお尋ねすることはありません。不審なメールを受け取った場合は、開かずにお問い合わせ窓口までご連絡ください。""",
    ],
    "zh": [
        """租房合同须知

请在签订合同前仔细阅读以下内容。

一、租期为一年，自入住之日起计算。租金按月支付，每月五日前转入房东指定的账户。逾期超过十天的，房东有权收取滞纳金。

二、押金为一个月租金，退房时如房屋及家具没有损坏，押金将在七日内全额退还。

三、租客应爱护房屋设施。如需改动装修，须事先征得房东书面同意。因使用不当造成的损坏，由租客负责维修。

四、水电燃气费用由租客自行承担，请每月按时缴纳。

五、提前退租的，应提前一个月书面通知房东。

如有疑问，请在签字前与房东或中介沟通。""",
    ],
    "it": [
        """Regolamento della biblioteca di quartiere

Per iscriverti serve un documento d'identità. La tessera è gratuita e vale cinque anni.

Puoi prendere in prestito fino a cinque libri per trenta giorni. Il prestito si può rinnovare una volta, anche online, se nessun altro ha prenotato il libro.

Se restituisci un libro in ritardo, non potrai prenderne altri finché non lo riporti. Se lo perdi o lo rovini, ti chiederemo di ricomprarlo o di pagarne il prezzo.

Nella sala studio si parla a bassa voce e il telefono va tenuto in silenzioso. Si può bere acqua, ma non mangiare.

Il wifi è gratuito: chiedi la password al banco. I computer pubblici si prenotano per un'ora al giorno.

Per proposte di acquisto o per segnalare un problema, lascia un biglietto nella cassetta all'ingresso o scrivici per email.""",
    ],
    "pt": [
        """Assunto: Confirmação da sua consulta

Olá, Beatriz,

A sua consulta de medicina geral está marcada para terça-feira, 14 de abril, às 10h30, no centro de saúde da Rua das Flores.

Por favor, chegue dez minutos antes e traga o cartão de utente e a lista dos medicamentos que toma. Se fez análises recentemente noutro laboratório, traga também os resultados.

Se não puder comparecer, avise-nos com pelo menos 24 horas de antecedência, respondendo a esta mensagem ou pelo telefone da receção. Assim, a vaga pode ser dada a outra pessoa.

O centro de saúde nunca lhe pedirá dados bancários por mensagem. Em caso de dúvida, contacte-nos diretamente.

Com os melhores cumprimentos,
Centro de Saúde da Rua das Flores""",
    ],
    "nl": [
        """Huisregels van de camping

Welkom! Met een paar afspraken houden we het voor iedereen prettig.

Tussen 23.00 en 7.00 uur is het stil op het terrein. Auto's parkeer je op de parkeerplaats bij de ingang, niet bij je tent.

Afval scheid je in de containers bij het sanitairgebouw: plastic, papier, glas en restafval. Barbecueën mag op de eigen plek, open vuur niet.

Honden zijn welkom, aangelijnd. Ruim hun poep op; zakjes liggen bij de receptie.

Vertrek je, lever dan vóór 12.00 uur je pasje in bij de receptie. Wil je een nacht langer blijven, vraag het een dag van tevoren, dan kijken we of je plek vrij is.

Vragen of problemen? De receptie is open van 8.00 tot 20.00 uur; daarbuiten bel je het nummer op het bord bij de slagboom.""",
    ],
    "ko": [
        """아파트 관리사무소 안내문

입주민 여러분께 알려드립니다.

다음 주 화요일 오전 아홉 시부터 오후 다섯 시까지 엘리베이터 정기 점검이 있습니다. 점검 시간에는 계단을 이용해 주시기 바랍니다.

재활용품은 매주 목요일 저녁에만 배출할 수 있습니다. 종이, 플라스틱, 캔은 분리해서 지정된 곳에 놓아 주세요.

주차장에 장기간 방치된 차량은 관리사무소로 연락해 주시기 바랍니다.

문의 사항은 평일 오전 아홉 시부터 오후 여섯 시까지 관리사무소로 연락해 주세요. 감사합니다.""",
    ],
    "ar": [
        """تعليمات استخدام الغسالة

قبل الاستعمال الأول، تأكد من إزالة براغي النقل من الخلف، ثم صِل خرطوم الماء وخرطوم التصريف.

لتشغيل دورة غسيل، ضع الملابس في الحوض دون أن تملأه تماماً، وأضف المسحوق في الدرج المخصص، ثم اختر البرنامج المناسب واضغط زر البدء.

لا تفتح الباب أثناء التشغيل. إذا احتجت إلى إضافة قطعة، أوقف الدورة مؤقتاً وانتظر حتى يُفتح القفل.

نظّف مرشح التصريف مرة كل شهر، واترك الباب مفتوحاً بعد الغسيل ليجف الحوض.

إذا ظهر رمز خطأ على الشاشة، راجع الجدول في آخر هذا الدليل أو اتصل بخدمة العملاء.""",
    ],
    "hi": [
        """पुस्तकालय के नियम

सदस्य बनने के लिए पहचान पत्र और एक फोटो लाएँ। सदस्यता एक साल के लिए होती है।

आप एक बार में तीन किताबें दो हफ्ते के लिए ले जा सकते हैं। समय पर किताब न लौटाने पर प्रतिदिन जुर्माना लगेगा।

पढ़ने के कमरे में शांति बनाए रखें और मोबाइल फोन बंद रखें। खाने-पीने की चीजें अंदर न लाएँ।

किताब खो जाने या फट जाने पर उसकी कीमत चुकानी होगी।

किसी भी सवाल के लिए काउंटर पर बैठे कर्मचारी से बात करें।""",
    ],
}
"""Long benign documents per language (each trained on alone and with an attack planted)."""
