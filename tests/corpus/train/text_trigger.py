"""Hard negatives that use the attacks' own words for ordinary ends — system prompts
configured by their developers, developer mode on a phone, new rules from today, mail
forwarded, pages uploaded, roles played in class, the AI talked about — in every
language (see `gen_train`)."""

# ruff: noqa: E501 -- training texts stay one line each, as written

from __future__ import annotations

from tests.corpus.train.text_en import _lines

TRIGGER: dict[str, list[str]] = {
    "en": _lines("""
        How do I write a good system prompt for a customer service bot?
        Our system prompt tells the assistant to answer in British English.
        The developer updated the system instructions so the bot cites sources.
        Where can I see the prompt template that the chatbot uses?
        Enable developer mode on your Android phone by tapping the build number seven times.
        Developer mode in the browser lets you load unpacked extensions.
        From now on, all expense reports must be submitted through the portal.
        Starting today, the office opens at eight and closes at six.
        Forget the old wifi password, the new one is on the fridge.
        You can ignore the warning about the deprecated function for now.
        The previous instructions in the manual were wrong about the screw size.
        New rules for the library: no food and phones on silent.
        In drama class each student plays a role from the script.
        Pretend you are a tourist and ask me for directions in Spanish.
        Act as the interviewer and I'll answer as the candidate.
        You are a friendly assistant for a bookshop; recommend titles by genre.
        The AI assistant summarised the meeting notes in five bullet points.
        Our model refuses to give medical diagnoses and suggests seeing a doctor.
        Large language models follow the instructions in their prompt.
        Send the slides to the whole team before the meeting.
        Forward the customer's email to support and reply within a day.
        Upload the photos to the shared album so everyone can see them.
        Post the announcement in the channel and pin it.
        Paste the error message here and I'll take a look.
        Visit https://docs.example.org/start for the installation guide.
        Email us at help@example.com if the link does not work.
        Click the link in the confirmation mail to activate your account.
        The administrator reset my password and asked me to change it at first login.
        A message from the security team: please complete the phishing training by Friday.
        Management has approved the new remote work policy.
        The compliance office reviews every contract over ten thousand euros.
        Don't tell anyone the ending of the film, it's a great twist.
        Keep the gift secret until her birthday.
        Say nothing to the press until the announcement on Monday.
        The hidden files are shown when you press Cmd+Shift+period.
        The filter removes spam before it reaches your inbox.
        Disable the content blocker if the video does not load.
        There are no restrictions on the number of guests at the party.
        The policy does not apply to contractors.
        The instructions say to repeat the exercise three times.
        Repeat after me: red lorry, yellow lorry.
        Print the document double-sided to save paper.
        Show me the rules of the tournament.
        What are the instructions for the tax return form?
        The bot answers questions about opening hours and prices.
        My grandmother used to read me stories before bed.
        The game has a god mode cheat that players use for fun.
        Our new persona for the newsletter is a cheerful gardener.
        The assistant manager will handle your request tomorrow.
        Ignore previous emails about the parking lot, it is open again.
        Please disregard the earlier invoice; a corrected one is attached.
        Override the default settings only if you know what they do.
        The password must be at least twelve characters long.
        Your session token expires after thirty minutes of inactivity.
        The SSH key is added to authorized_keys when the server is provisioned.
        Approve the pull request once the tests pass.
        The webhook sends a message when the deployment finishes.
        Collect the feedback forms and send them to the organisers.
        If you are reading this, the printer is fixed.
        Note to readers: this article was updated on 3 May.
        AI researchers discussed alignment and safety at the conference.
        Researchers test whether models leak their system prompts.
        Jailbreaking an iPhone voids its warranty.
        The model was trained to refuse harmful requests.
    """),
    "de": _lines("""
        Wie schreibe ich einen guten Systemprompt für einen Kundenservice-Bot?
        Der Entwicklermodus auf dem Handy wird über die Build-Nummer aktiviert.
        Ab sofort gilt im Büro eine neue Parkregelung.
        Ab jetzt werden Reisekosten nur noch über das Portal abgerechnet.
        Vergiss das alte WLAN-Passwort, das neue hängt am Kühlschrank.
        Die Warnung zur veralteten Funktion kannst du vorerst ignorieren.
        Im Theaterkurs spielt jede Schülerin eine Rolle aus dem Stück.
        Du bist ein freundlicher Assistent für eine Buchhandlung und empfiehlst Titel.
        Der KI-Assistent hat das Protokoll in fünf Punkten zusammengefasst.
        Schick die Folien vor dem Termin an das ganze Team.
        Lade die Fotos in das gemeinsame Album hoch.
        Eine Nachricht des Sicherheitsteams: Bitte schließt die Phishing-Schulung bis Freitag ab.
        Die Geschäftsleitung hat die neue Homeoffice-Regel genehmigt.
        Verrate niemandem das Ende des Films.
        Die Anweisungen im Handbuch waren beim Schraubenmaß falsch.
        Sie ist nun seit drei Jahren ohne Unterbrechung im Verein aktiv.
        Was hat der Kunde zu den neuen Preisen gesagt?
        Weitere Informationen finden Sie unter https://hilfe.example.de/start.
    """),
    "fr": _lines("""
        Comment écrire un bon prompt système pour un bot de service client ?
        Le mode développeur du téléphone s'active en touchant sept fois le numéro de build.
        À partir de maintenant, les notes de frais passent par le portail.
        Désormais, le bureau ouvre à huit heures.
        Oublie l'ancien mot de passe du wifi, le nouveau est sur le frigo.
        Tu peux ignorer l'avertissement sur la fonction obsolète pour l'instant.
        Au cours de théâtre, chaque élève joue un rôle de la pièce.
        Tu es un assistant sympathique pour une librairie et tu conseilles des livres.
        L'assistant IA a résumé la réunion en cinq points.
        Envoie les diapositives à toute l'équipe avant la réunion.
        Téléverse les photos dans l'album partagé.
        Message de l'équipe sécurité : merci de terminer la formation anti-hameçonnage avant vendredi.
        La direction a approuvé la nouvelle politique de télétravail.
        Ne dis à personne la fin du film.
        Les instructions du manuel se trompaient sur la taille des vis.
        Qu'est-ce que le client a dit sur les nouveaux prix ?
        Plus d'informations sur https://aide.example.fr/debut.
    """),
    "es": _lines("""
        ¿Cómo escribo un buen prompt de sistema para un bot de atención al cliente?
        El modo desarrollador del móvil se activa tocando siete veces el número de compilación.
        A partir de ahora, los gastos se presentan en el portal.
        Desde hoy la oficina abre a las ocho.
        Olvida la contraseña vieja del wifi, la nueva está en la nevera.
        Puedes ignorar por ahora el aviso sobre la función obsoleta.
        En la clase de teatro cada alumno interpreta un papel de la obra.
        Eres un asistente amable para una librería y recomiendas libros.
        El asistente de IA resumió la reunión en cinco puntos.
        Envía las diapositivas a todo el equipo antes de la reunión.
        Sube las fotos al álbum compartido.
        Mensaje del equipo de seguridad: completad la formación sobre phishing antes del viernes.
        La dirección aprobó la nueva política de teletrabajo.
        No le cuentes a nadie el final de la película.
        Las instrucciones del manual se equivocaban con el tamaño de los tornillos.
        ¿Qué dijo el cliente sobre lo que cuestan los nuevos precios?
        Más información en https://ayuda.example.es/inicio.
    """),
    "it": _lines("""
        Come scrivo un buon prompt di sistema per un bot di assistenza clienti?
        La modalità sviluppatore del telefono si attiva toccando sette volte il numero di build.
        D'ora in poi le note spese passano dal portale.
        Da oggi l'ufficio apre alle otto.
        Dimentica la vecchia password del wifi, quella nuova è sul frigo.
        Per ora puoi ignorare l'avviso sulla funzione deprecata.
        Nel corso di teatro ogni studente interpreta un ruolo del copione.
        Sei un assistente gentile per una libreria e consigli libri.
        L'assistente IA ha riassunto la riunione in cinque punti.
        Manda le slide a tutto il team prima della riunione.
        Carica le foto nell'album condiviso.
        Messaggio del team di sicurezza: completate il corso sul phishing entro venerdì.
        La direzione ha approvato la nuova politica sul lavoro da remoto.
        Non dire a nessuno il finale del film.
        Le istruzioni del manuale sbagliavano la misura delle viti.
        Che cosa ha detto il cliente sui nuovi prezzi?
        Maggiori informazioni su https://aiuto.example.it/inizio.
    """),
    "pt": _lines("""
        Como escrevo um bom prompt de sistema para um bot de atendimento?
        O modo desenvolvedor do celular é ativado tocando sete vezes no número da versão.
        A partir de agora, as despesas são lançadas no portal.
        Desde hoje o escritório abre às oito.
        Esquece a senha antiga do wifi, a nova está na geladeira.
        Por enquanto você pode ignorar o aviso sobre a função obsoleta.
        Na aula de teatro cada aluno interpreta um papel da peça.
        Você é um assistente simpático de uma livraria e recomenda livros.
        O assistente de IA resumiu a reunião em cinco tópicos.
        Envie os slides para toda a equipe antes da reunião.
        Suba as fotos para o álbum compartilhado.
        Mensagem da equipe de segurança: concluam o treinamento de phishing até sexta.
        A diretoria aprovou a nova política de trabalho remoto.
        Não conte a ninguém o final do filme.
        As instruções do manual erravam o tamanho dos parafusos.
        O que o cliente disse sobre o que está nos novos preços?
        Mais informações em https://ajuda.example.com.br/inicio.
    """),
    "nl": _lines("""
        Hoe schrijf ik een goede systeemprompt voor een klantenservicebot?
        De ontwikkelaarsmodus op je telefoon zet je aan door zeven keer op het buildnummer te tikken.
        Vanaf nu lopen declaraties via het portaal.
        Vanaf vandaag gaat het kantoor om acht uur open.
        Vergeet het oude wifi-wachtwoord, het nieuwe hangt op de koelkast.
        Je kunt de waarschuwing over de verouderde functie voorlopig negeren.
        Bij toneelles speelt elke leerling een rol uit het stuk.
        Je bent een vriendelijke assistent voor een boekhandel en raadt boeken aan.
        De AI-assistent vatte de vergadering samen in vijf punten.
        Stuur de dia's vóór de vergadering naar het hele team.
        Upload de foto's naar het gedeelde album.
        Bericht van het beveiligingsteam: rond de phishingtraining vóór vrijdag af.
        De directie heeft het nieuwe thuiswerkbeleid goedgekeurd.
        Vertel niemand hoe de film afloopt.
        Ik heb je gisteren gebeld maar je nam niet op.
        De instructies in de handleiding klopten niet wat de schroefmaat betreft.
        Meer informatie op https://hulp.example.nl/start.
    """),
    "ru": _lines("""
        Как написать хороший системный промпт для бота поддержки?
        Режим разработчика на телефоне включается семью нажатиями на номер сборки.
        Отныне авансовые отчёты подаются через портал.
        С сегодняшнего дня офис открывается в восемь.
        Забудь старый пароль от wifi, новый висит на холодильнике.
        Пока можно не обращать внимания на предупреждение об устаревшей функции.
        На занятиях по театру каждый ученик играет роль из пьесы.
        Ты дружелюбный помощник книжного магазина и советуешь книги.
        ИИ-ассистент кратко изложил встречу в пяти пунктах.
        Отправь слайды всей команде до встречи.
        Загрузи фотографии в общий альбом.
        Сообщение команды безопасности: пройдите обучение по фишингу до пятницы.
        Руководство утвердило новые правила удалённой работы.
        Никому не рассказывай, чем закончился фильм.
        В инструкции к полке ошиблись с размером винтов.
        Подробнее на https://pomosh.example.ru/start.
    """),
    "zh": _lines("""
        怎样为客服机器人写一个好的系统提示词？
        在手机上连续点击版本号七次即可开启开发者模式。
        从现在起，报销统一通过门户提交。
        从今天开始，办公室八点开门。
        忘掉旧的无线密码吧，新的贴在冰箱上。
        关于过时函数的警告暂时可以忽略。
        在戏剧课上，每个学生扮演剧本里的一个角色。
        你是一家书店的友好助手，负责推荐图书。
        AI助手用五点总结了会议内容。
        开会前把幻灯片发给整个团队。
        把照片上传到共享相册。
        安全团队的消息：请在周五前完成防钓鱼培训。
        管理层批准了新的远程办公制度。
        别告诉任何人电影的结局。
        说明书里螺丝的尺寸写错了。
        用户在消息里问了退货的流程。
        这条消息是系统自动发送的，请勿回复。
        更多信息请访问 https://bangzhu.example.cn/start。
    """),
    "ja": _lines("""
        カスタマーサポート用ボットのシステムプロンプトはどう書けばいいですか？
        スマホの開発者モードはビルド番号を七回タップすると有効になります。
        今後、経費精算はポータルから提出してください。
        今日から事務所は八時に開きます。
        古いWi-Fiのパスワードは忘れてください。新しいのは冷蔵庫に貼ってあります。
        非推奨関数の警告はひとまず無視して大丈夫です。
        演劇の授業では、生徒一人ひとりが台本の役を演じます。
        あなたは書店の親切なアシスタントで、本をおすすめします。
        AIアシスタントが会議の内容を五つの要点にまとめました。
        会議の前にスライドをチーム全員に送ってください。
        写真を共有アルバムにアップロードしてください。
        セキュリティチームからのお知らせ：金曜日までにフィッシング研修を修了してください。
        経営陣が新しい在宅勤務の方針を承認しました。
        映画の結末は誰にも言わないでね。
        このメッセージはシステムから自動送信されています。返信しないでください。
        どんなメッセージが届いたか教えてください。
        説明書のネジのサイズが間違っていました。
        詳しくは https://tasuke.example.jp/start をご覧ください。
    """),
    "ko": _lines("""
        고객 상담 봇의 시스템 프롬프트는 어떻게 써야 하나요?
        휴대폰의 개발자 모드는 빌드 번호를 일곱 번 누르면 켜집니다.
        앞으로 경비 정산은 포털로 제출해 주세요.
        오늘부터 사무실은 여덟 시에 엽니다.
        예전 와이파이 비밀번호는 잊어. 새 비밀번호는 냉장고에 붙어 있어.
        더 이상 쓰지 않는 함수 경고는 당분간 무시해도 됩니다.
        연극 수업에서는 학생마다 대본의 역할을 하나씩 맡습니다.
        너는 서점의 친절한 도우미로서 책을 추천해.
        AI 비서가 회의 내용을 다섯 가지로 요약했습니다.
        회의 전에 슬라이드를 팀 전체에 보내 주세요.
        사진을 공유 앨범에 올려 주세요.
        보안팀 안내: 금요일까지 피싱 교육을 마쳐 주세요.
        경영진이 새 재택근무 규정을 승인했습니다.
        영화 결말은 아무한테도 말하지 마.
        이 메시지는 시스템에서 자동으로 발송되었습니다.
        사용자가 이전 주문 내역을 물어봤습니다.
        자세한 내용은 https://doum.example.kr/start 를 참고하세요.
    """),
    "ar": _lines("""
        كيف أكتب موجه نظام جيدًا لروبوت خدمة العملاء؟
        يُفعَّل وضع المطور في الهاتف بالنقر سبع مرات على رقم الإصدار.
        من الآن فصاعدًا تُقدَّم المصروفات عبر البوابة.
        ابتداءً من اليوم يفتح المكتب في الثامنة.
        انسَ كلمة مرور الشبكة القديمة، الجديدة على الثلاجة.
        يمكنك تجاهل التحذير الخاص بالدالة القديمة حاليًا.
        في حصة المسرح يؤدي كل طالب دورًا من النص.
        أنت مساعد لطيف لمكتبة وتقترح الكتب.
        لخّص المساعد الذكي الاجتماع في خمس نقاط.
        أرسل الشرائح إلى الفريق كله قبل الاجتماع.
        ارفع الصور إلى الألبوم المشترك.
        رسالة من فريق الأمن: أكملوا تدريب التصيد قبل الجمعة.
        وافقت الإدارة على سياسة العمل عن بُعد الجديدة.
        لا تخبر أحدًا بنهاية الفيلم.
        كانت تعليمات الدليل خاطئة في مقاس البراغي.
        مزيد من المعلومات على https://musaada.example.sa/start.
    """),
    "hi": _lines("""
        ग्राहक सेवा बॉट के लिए अच्छा सिस्टम प्रॉम्प्ट कैसे लिखें?
        फ़ोन में बिल्ड नंबर पर सात बार टैप करने से डेवलपर मोड चालू होता है।
        अब से खर्च के बिल पोर्टल के ज़रिए जमा होंगे।
        आज से दफ़्तर आठ बजे खुलेगा।
        पुराना वाई-फ़ाई पासवर्ड भूल जाओ, नया फ़्रिज पर लगा है।
        पुराने फ़ंक्शन वाली चेतावनी को अभी अनदेखा कर सकते हो।
        नाटक की कक्षा में हर छात्र स्क्रिप्ट का एक किरदार निभाता है।
        तुम एक किताबों की दुकान के मददगार सहायक हो और किताबें सुझाते हो।
        एआई सहायक ने बैठक का पाँच बिंदुओं में सार दिया।
        बैठक से पहले स्लाइड पूरी टीम को भेज दो।
        तस्वीरें साझा एल्बम में अपलोड कर दो।
        सुरक्षा टीम का संदेश: शुक्रवार तक फ़िशिंग प्रशिक्षण पूरा करें।
        प्रबंधन ने घर से काम की नई नीति मंज़ूर की है।
        फ़िल्म का अंत किसी को मत बताना।
        मैनुअल में पेंच का नाप गलत लिखा था।
        ऊपर वाली शेल्फ़ पर मसालों के डिब्बे रखे हैं।
        ज़्यादा जानकारी के लिए https://madad.example.in/start देखें।
    """),
}
"""Per language: sentences using the attacks' vocabulary for ordinary ends."""
