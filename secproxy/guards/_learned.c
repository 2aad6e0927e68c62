/* The learned layers' per-text work in C (`secproxy.guards._learned`): a lowercased text's
 * tokens, their ids, each token's weight with the pair it starts, and the best window of
 * `window` tokens, in one pass over the text's code points with no allocation (a ring of
 * the last `window` weights on the stack). `injection_model` (the reference, in pure
 * Python) uses it when it is built and gives the same answers to the bit: the same tokens
 * (words between whitespace and break characters; overlapping bigrams of CJK runs), the
 * same integer sums, the same first best window.
 *
 * A `Table` holds one model's weights compactly: the vocabulary as an open-addressing hash
 * table over the tokens' code points (their text packed into one buffer), the unigram
 * weights as an int32 array, the pairs as an open-addressing table of 32-bit keys.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define MAX_WINDOW 1024

/* CJK runs are cut into bigrams: the same ranges as injection_model._CJK. */
static inline int
is_cjk(Py_UCS4 c)
{
    return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf)
        || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)
        || (c >= 0xf900 && c <= 0xfaff);
}

enum { OTHER = 0, SEP = 1, CJK = 2 };

typedef struct {
    PyObject_HEAD
    int window;
    uint32_t n_tokens;        /* ids 1..n_tokens */
    uint32_t vocab_mask;
    uint32_t *vocab_slots;    /* id, 0 for an empty slot */
    uint32_t *tok_hash;       /* [id] the token's hash */
    uint32_t *tok_off;        /* [id - 1 .. id] the token's bytes in blob */
    unsigned char *blob;      /* the tokens' code points, UTF-8 style (surrogates too) */
    int32_t *unigrams;        /* [id] own weight, [0] = 0 */
    uint32_t pair_mask;
    uint32_t *pair_keys;      /* first << 16 | second, 0 for an empty slot */
    int32_t *pair_weights;
    unsigned char low_class[256];
    Py_UCS4 *breaks;          /* break characters above 0xff, sorted */
    Py_ssize_t n_breaks;
    unsigned char bmp_class[0x10000 / 4];  /* the class of each BMP character, 2 bits */
} Table;

/* The class of a character from the lists (`classify` reads a table for the BMP). */
static int
classify_slow(const Table *t, Py_UCS4 c)
{
    if (c < 256)
        return t->low_class[c];
    if (Py_UNICODE_ISSPACE(c))
        return SEP;
    Py_ssize_t lo = 0, hi = t->n_breaks;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (t->breaks[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < t->n_breaks && t->breaks[lo] == c)
        return SEP;
    return is_cjk(c) ? CJK : OTHER;
}

static inline int
classify(const Table *t, Py_UCS4 c)
{
    if (c < 0x10000)
        return (t->bmp_class[c >> 2] >> ((c & 3) * 2)) & 3;
    return classify_slow(t, c);
}

/* The token hash: FNV-1a over code points, then mixed. */
#define HASH_START 2166136261u
static inline uint32_t
hash_step(uint32_t h, Py_UCS4 c)
{
    return (h ^ (uint32_t)c) * 16777619u;
}
static inline uint32_t
hash_end(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    return h;
}
static inline uint32_t
pair_slot(uint32_t key, uint32_t mask)
{
    return (uint32_t)((key * 0x9E3779B1u) >> 7) & mask;
}

/* One code point as UTF-8 bytes, lone surrogates encoded like any other (3 bytes). */
static inline int
encode(Py_UCS4 c, unsigned char *out)
{
    if (c < 0x80) {
        out[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (unsigned char)(0xc0 | (c >> 6));
        out[1] = (unsigned char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (unsigned char)(0xe0 | (c >> 12));
        out[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (unsigned char)(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = (unsigned char)(0xf0 | (c >> 18));
    out[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
    out[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
    out[3] = (unsigned char)(0x80 | (c & 0x3f));
    return 4;
}

#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

/* The id of the token text[s:e] whose hash is h (0: not in the vocabulary). Inlined
 * into a loop for each string kind, the reads lose their switch. */
static ALWAYS_INLINE uint32_t
token_id(const Table *t, int kind, const void *data, Py_ssize_t s, Py_ssize_t e, uint32_t h)
{
    h = hash_end(h);
    for (uint32_t slot = h & t->vocab_mask;; slot = (slot + 1) & t->vocab_mask) {
        uint32_t id = t->vocab_slots[slot];
        if (id == 0)
            return 0;
        if (t->tok_hash[id] != h)
            continue;
        const unsigned char *p = t->blob + t->tok_off[id - 1];
        const unsigned char *end = t->blob + t->tok_off[id];
        Py_ssize_t i = s;
        for (; i < e && p < end; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            if (c < 0x80) {
                if (*p != c)
                    break;
                p++;
                continue;
            }
            unsigned char buf[4];
            int n = encode(c, buf), j = 0;
            if (end - p < n)
                break;
            while (j < n && p[j] == buf[j])
                j++;
            if (j < n)
                break;
            p += n;
        }
        if (i == e && p == end)
            return id;
    }
}

/* Walks the tokens of a lowercased text, in the order `injection_model.tokens` gives. */
typedef struct {
    const Table *t;
    int kind;
    const void *data;
    Py_ssize_t len, pos;
    Py_ssize_t bigram, run_end;   /* the next bigram of a CJK run being cut */
} Walk;

/* The next token [s, e) and its hash before `hash_end`; 0 at the end of the text. */
static ALWAYS_INLINE int
walk_next(Walk *w, const int kind, Py_ssize_t *s, Py_ssize_t *e, uint32_t *h)
{
    const void *data = w->data;
    if (w->bigram + 1 < w->run_end) {
        Py_ssize_t at = w->bigram++;
        *s = at;
        *e = at + 2;
        *h = hash_step(hash_step(HASH_START, PyUnicode_READ(kind, data, at)),
                       PyUnicode_READ(kind, data, at + 1));
        return 1;
    }
    Py_ssize_t pos = w->pos, len = w->len;
    int cls = SEP;
    Py_UCS4 c = 0;
    while (pos < len) {
        c = PyUnicode_READ(kind, data, pos);
        if ((cls = classify(w->t, c)) != SEP)
            break;
        pos++;
    }
    if (pos >= len) {
        w->pos = pos;
        return 0;
    }
    uint32_t hash = hash_step(HASH_START, c);
    Py_ssize_t r = pos + 1;
    if (cls == CJK) {
        while (r < len && classify(w->t, PyUnicode_READ(kind, data, r)) == CJK)
            r++;
        w->pos = r;
        if (r - pos > 1) {
            hash = hash_step(hash, PyUnicode_READ(kind, data, pos + 1));
            w->bigram = pos + 1;
            w->run_end = r;
            r = pos + 2;
        }
    }
    else {
        for (; r < len; r++) {
            c = PyUnicode_READ(kind, data, r);
            if (classify(w->t, c) != OTHER)
                break;
            hash = hash_step(hash, c);
        }
        w->pos = r;
    }
    *s = pos;
    *e = r;
    *h = hash;
    return 1;
}

static int
walk_start(Walk *w, const Table *t, PyObject *low)
{
    if (!PyUnicode_Check(low)) {
        PyErr_SetString(PyExc_TypeError, "the text must be a str");
        return -1;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(low) < 0)
        return -1;
#endif
    w->t = t;
    w->kind = PyUnicode_KIND(low);
    w->data = PyUnicode_DATA(low);
    w->len = PyUnicode_GET_LENGTH(low);
    w->pos = 0;
    w->bigram = w->run_end = 0;
    return 0;
}

static inline int32_t
pair_weight(const Table *t, uint32_t first, uint32_t second)
{
    if (first == 0)
        return 0;
    if (second != 0) {
        uint32_t key = first << 16 | second;
        for (uint32_t slot = pair_slot(key, t->pair_mask);; slot = (slot + 1) & t->pair_mask) {
            uint32_t k = t->pair_keys[slot];
            if (k == key)
                return t->pair_weights[slot];
            if (k == 0)
                break;
        }
    }
    return t->unigrams[first];
}

/* The number of tokens, and the highest sum of weights over `window` consecutive tokens
 * with the first window that has it (all the tokens, from 0, when there are no more than
 * `window`). Token k's weight is known when token k + 1's id is. */
static ALWAYS_INLINE void
scan_kind(const Table *t, Walk *w, const int kind, long long out[3])
{
    const Py_ssize_t W = t->window;
    int32_t ring[MAX_WINDOW];
    long long n = 0, cur = 0, best = 0, best_start = 0;
    uint32_t prev = 0, h;
    Py_ssize_t s, e, at = 0;  /* at: k % W */
    for (;;) {
        int more = walk_next(w, kind, &s, &e, &h);
        uint32_t id = more ? token_id(t, kind, w->data, s, e, h) : 0;
        if (n > 0) {
            long long k = n - 1;
            int32_t wt = more ? pair_weight(t, prev, id) : t->unigrams[prev];
            cur += wt;
            if (k >= W)
                cur -= ring[at];
            ring[at] = wt;
            if (++at == W)
                at = 0;
            if (k + 1 >= W && (k + 1 == W || cur > best)) {
                best = cur;
                best_start = k + 1 - W;
            }
        }
        if (!more)
            break;
        prev = id;
        n++;
    }
    out[0] = n;
    out[1] = n < W ? cur : best;
    out[2] = best_start;
}

/* scan(low) -> (tokens, best sum, start of the first best window) */
static PyObject *
Table_scan(Table *self, PyObject *low)
{
    Walk w;
    long long out[3];
    if (walk_start(&w, self, low) < 0)
        return NULL;
    switch (w.kind) {
    case PyUnicode_1BYTE_KIND:
        scan_kind(self, &w, PyUnicode_1BYTE_KIND, out);
        break;
    case PyUnicode_2BYTE_KIND:
        scan_kind(self, &w, PyUnicode_2BYTE_KIND, out);
        break;
    default:
        scan_kind(self, &w, PyUnicode_4BYTE_KIND, out);
    }
    return Py_BuildValue("(LLL)", out[0], out[1], out[2]);
}

/* weights(low) -> list[int]: each token's weight with the pair it starts
 * (`injection_model.token_weights`). */
static PyObject *
Table_weights(Table *self, PyObject *low)
{
    Walk w;
    if (walk_start(&w, self, low) < 0)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    uint32_t prev = 0, h;
    int have = 0;
    Py_ssize_t s, e;
    for (;;) {
        int more = walk_next(&w, w.kind, &s, &e, &h);
        uint32_t id = more ? token_id(self, w.kind, w.data, s, e, h) : 0;
        if (have) {
            int32_t wt = more ? pair_weight(self, prev, id) : self->unigrams[prev];
            PyObject *v = PyLong_FromLong(wt);
            if (v == NULL || PyList_Append(out, v) < 0) {
                Py_XDECREF(v);
                Py_DECREF(out);
                return NULL;
            }
            Py_DECREF(v);
        }
        if (!more)
            break;
        prev = id;
        have = 1;
    }
    return out;
}

/* spans(low, start=0, count=-1) -> list[tuple[int, int]]: where tokens start ..
 * start + count - 1 lie in the text (all from start with count -1; fewer at its end). */
static PyObject *
Table_spans(Table *self, PyObject *args)
{
    PyObject *low;
    Py_ssize_t start = 0, count = -1;
    if (!PyArg_ParseTuple(args, "O|nn:spans", &low, &start, &count))
        return NULL;
    if (start < 0) {
        PyErr_SetString(PyExc_ValueError, "start must not be negative");
        return NULL;
    }
    Walk w;
    if (walk_start(&w, self, low) < 0)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t s, e, k = 0;
    uint32_t h;
    while ((count < 0 || k < start + count) && walk_next(&w, w.kind, &s, &e, &h)) {
        if (k++ < start)
            continue;
        PyObject *v = Py_BuildValue("(nn)", s, e);
        if (v == NULL || PyList_Append(out, v) < 0) {
            Py_XDECREF(v);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(v);
    }
    return out;
}

static void
Table_free_tables(Table *self)
{
    PyMem_Free(self->vocab_slots);
    PyMem_Free(self->tok_hash);
    PyMem_Free(self->tok_off);
    PyMem_Free(self->blob);
    PyMem_Free(self->unigrams);
    PyMem_Free(self->pair_keys);
    PyMem_Free(self->pair_weights);
    PyMem_Free(self->breaks);
    self->vocab_slots = self->tok_hash = self->tok_off = self->pair_keys = NULL;
    self->blob = NULL;
    self->unigrams = self->pair_weights = NULL;
    self->breaks = NULL;
}

static void
Table_dealloc(Table *self)
{
    Table_free_tables(self);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static uint32_t
table_size(Py_ssize_t n)
{
    uint32_t size = 16;
    while ((Py_ssize_t)size < n + n / 2 + 1)
        size <<= 1;
    return size;
}

static int
int32_item(PyObject *seq, Py_ssize_t i, int32_t *out, const char *what)
{
    PyObject *item = PySequence_Fast_GET_ITEM(seq, i);
    long v = PyLong_AsLong(item);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < INT32_MIN || v > INT32_MAX) {
        PyErr_Format(PyExc_ValueError, "%s: a weight outside 32 bits", what);
        return -1;
    }
    *out = (int32_t)v;
    return 0;
}

/* Table(tokens, unigrams, pairs, window, breaks): tokens[i] has id i + 1; unigrams[id]
 * (with unigrams[0] == 0); pairs flat as [first, second, weight, ...] with the weight the
 * pair's plus its first token's; breaks the characters that end a token besides
 * whitespace. */
static int
Table_init(Table *self, PyObject *args, PyObject *kwds)
{
    static char *names[] = {"tokens", "unigrams", "pairs", "window", "breaks", NULL};
    PyObject *tokens_arg, *unigrams_arg, *pairs_arg, *breaks;
    int window;
    PyObject *toks = NULL, *unis = NULL, *pairs = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOOiU:Table", names, &tokens_arg,
                                     &unigrams_arg, &pairs_arg, &window, &breaks))
        return -1;
    Table_free_tables(self);
    if (window < 1 || window > MAX_WINDOW) {
        PyErr_Format(PyExc_ValueError, "window must be 1 to %d", MAX_WINDOW);
        return -1;
    }
    self->window = window;
    toks = PySequence_Fast(tokens_arg, "tokens must be a sequence");
    unis = toks ? PySequence_Fast(unigrams_arg, "unigrams must be a sequence") : NULL;
    pairs = unis ? PySequence_Fast(pairs_arg, "pairs must be a sequence") : NULL;
    if (pairs == NULL)
        goto fail;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(toks);
    if (n >= 1 << 16) {
        PyErr_SetString(PyExc_ValueError, "token ids must stay under 2**16");
        goto fail;
    }
    if (PySequence_Fast_GET_SIZE(unis) != n + 1) {
        PyErr_SetString(PyExc_ValueError, "unigrams must hold one weight per id, from 0");
        goto fail;
    }
    Py_ssize_t n_pairs = PySequence_Fast_GET_SIZE(pairs);
    if (n_pairs % 3) {
        PyErr_SetString(PyExc_ValueError, "pairs must be flat triples");
        goto fail;
    }
    n_pairs /= 3;
    self->n_tokens = (uint32_t)n;

    /* The breaks: a class for each character under 256, a sorted list above. */
    Py_ssize_t nb = PyUnicode_GET_LENGTH(breaks);
    self->breaks = PyMem_Malloc(sizeof(Py_UCS4) * (size_t)(nb + 1));
    if (self->breaks == NULL)
        goto nomem;
    for (int c = 0; c < 256; c++)
        self->low_class[c] = Py_UNICODE_ISSPACE(c) ? SEP : OTHER;
    self->n_breaks = 0;
    for (Py_ssize_t i = 0; i < nb; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(breaks, i);
        if (c < 256) {
            self->low_class[c] = SEP;
            continue;
        }
        Py_ssize_t j = self->n_breaks++;
        while (j > 0 && self->breaks[j - 1] > c) {
            self->breaks[j] = self->breaks[j - 1];
            j--;
        }
        self->breaks[j] = c;
    }

    memset(self->bmp_class, 0, sizeof self->bmp_class);
    for (Py_UCS4 c = 0; c < 0x10000; c++)
        self->bmp_class[c >> 2] |= (unsigned char)(classify_slow(self, c) << ((c & 3) * 2));

    /* The vocabulary. */
    size_t bytes = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *tok = PySequence_Fast_GET_ITEM(toks, i);
        if (!PyUnicode_Check(tok)) {
            PyErr_SetString(PyExc_TypeError, "tokens must be str");
            goto fail;
        }
        bytes += 4 * (size_t)PyUnicode_GET_LENGTH(tok);
    }
    if (bytes >= UINT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "tokens too long");
        goto fail;
    }
    uint32_t vsize = table_size(n);
    self->vocab_mask = vsize - 1;
    self->vocab_slots = PyMem_Calloc(vsize, sizeof(uint32_t));
    self->tok_hash = PyMem_Calloc((size_t)n + 1, sizeof(uint32_t));
    self->tok_off = PyMem_Calloc((size_t)n + 1, sizeof(uint32_t));
    self->blob = PyMem_Malloc(bytes + 1);
    self->unigrams = PyMem_Calloc((size_t)n + 1, sizeof(int32_t));
    if (!self->vocab_slots || !self->tok_hash || !self->tok_off || !self->blob
        || !self->unigrams)
        goto nomem;
    uint32_t at = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *tok = PySequence_Fast_GET_ITEM(toks, i);
        int kind = PyUnicode_KIND(tok);
        const void *data = PyUnicode_DATA(tok);
        Py_ssize_t len = PyUnicode_GET_LENGTH(tok);
        uint32_t h = HASH_START;
        for (Py_ssize_t j = 0; j < len; j++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, j);
            h = hash_step(h, c);
            at += (uint32_t)encode(c, self->blob + at);
        }
        uint32_t id = (uint32_t)i + 1;
        self->tok_hash[id] = h = hash_end(h);
        self->tok_off[id] = at;
        uint32_t slot = h & self->vocab_mask;
        for (; self->vocab_slots[slot]; slot = (slot + 1) & self->vocab_mask) {
            uint32_t other = self->vocab_slots[slot];
            uint32_t size = at - self->tok_off[id - 1];
            if (self->tok_hash[other] == h
                && self->tok_off[other] - self->tok_off[other - 1] == size
                && memcmp(self->blob + self->tok_off[other - 1],
                          self->blob + self->tok_off[id - 1], size) == 0) {
                PyErr_SetString(PyExc_ValueError, "tokens: one token twice");
                goto fail;
            }
        }
        self->vocab_slots[slot] = id;
    }
    /* Shrink the text to what it takes. */
    unsigned char *blob = PyMem_Realloc(self->blob, (size_t)at + 1);
    if (blob != NULL)
        self->blob = blob;
    for (Py_ssize_t i = 0; i <= n; i++)
        if (int32_item(unis, i, &self->unigrams[i], "unigrams") < 0)
            goto fail;
    if (self->unigrams[0] != 0) {
        PyErr_SetString(PyExc_ValueError, "unigrams[0] must be 0");
        goto fail;
    }

    /* The pairs. */
    uint32_t psize = table_size(n_pairs);
    self->pair_mask = psize - 1;
    self->pair_keys = PyMem_Calloc(psize, sizeof(uint32_t));
    self->pair_weights = PyMem_Calloc(psize, sizeof(int32_t));
    if (!self->pair_keys || !self->pair_weights)
        goto nomem;
    for (Py_ssize_t i = 0; i < n_pairs; i++) {
        int32_t a, b, wt;
        if (int32_item(pairs, 3 * i, &a, "pairs") < 0
            || int32_item(pairs, 3 * i + 1, &b, "pairs") < 0
            || int32_item(pairs, 3 * i + 2, &wt, "pairs") < 0)
            goto fail;
        if (a < 1 || b < 1 || a > (int32_t)n || b > (int32_t)n) {
            PyErr_SetString(PyExc_ValueError, "pairs: an id outside the vocabulary");
            goto fail;
        }
        uint32_t key = (uint32_t)a << 16 | (uint32_t)b;
        uint32_t slot = pair_slot(key, self->pair_mask);
        while (self->pair_keys[slot] && self->pair_keys[slot] != key)
            slot = (slot + 1) & self->pair_mask;
        self->pair_keys[slot] = key;  /* a repeated pair: the last one counts, as in a dict */
        self->pair_weights[slot] = wt;
    }
    Py_DECREF(toks);
    Py_DECREF(unis);
    Py_DECREF(pairs);
    return 0;
nomem:
    PyErr_NoMemory();
fail:
    Table_free_tables(self);
    Py_XDECREF(toks);
    Py_XDECREF(unis);
    Py_XDECREF(pairs);
    return -1;
}

static int
table_ready(Table *self)
{
    if (self->unigrams == NULL) {
        PyErr_SetString(PyExc_ValueError, "the table was not built");
        return 0;
    }
    return 1;
}

static PyObject *
Table_scan_checked(Table *self, PyObject *low)
{
    return table_ready(self) ? Table_scan(self, low) : NULL;
}

static PyObject *
Table_weights_checked(Table *self, PyObject *low)
{
    return table_ready(self) ? Table_weights(self, low) : NULL;
}

static PyObject *
Table_spans_checked(Table *self, PyObject *args)
{
    return table_ready(self) ? Table_spans(self, args) : NULL;
}

static PyObject *
Table_nbytes(Table *self, PyObject *Py_UNUSED(ignored))
{
    if (!table_ready(self))
        return NULL;
    size_t n = self->n_tokens + 1;
    size_t total = (self->vocab_mask + 1) * sizeof(uint32_t) + 2 * n * sizeof(uint32_t)
        + self->tok_off[self->n_tokens] + 1 + n * sizeof(int32_t)
        + (self->pair_mask + 1) * (sizeof(uint32_t) + sizeof(int32_t))
        + (size_t)(self->n_breaks + 1) * sizeof(Py_UCS4) + sizeof self->bmp_class;
    return PyLong_FromSize_t(total);
}

static PyMethodDef Table_methods[] = {
    {"scan", (PyCFunction)Table_scan_checked, METH_O,
     "scan(low) -> (tokens, best sum, start of the first best window)"},
    {"weights", (PyCFunction)Table_weights_checked, METH_O,
     "weights(low) -> each token's weight with the pair it starts"},
    {"spans", (PyCFunction)Table_spans_checked, METH_VARARGS,
     "spans(low, start=0, count=-1) -> [(start, end)] of those tokens"},
    {"nbytes", (PyCFunction)Table_nbytes, METH_NOARGS, "bytes the tables hold"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject TableType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "secproxy.guards._learned.Table",
    .tp_doc = "One learned model's weights, held for the scan.",
    .tp_basicsize = sizeof(Table),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Table_init,
    .tp_dealloc = (destructor)Table_dealloc,
    .tp_methods = Table_methods,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "secproxy.guards._learned",
    .m_doc = "The learned layers' tokenising and window scoring, in C.",
    .m_size = -1,
};

PyMODINIT_FUNC
PyInit__learned(void)
{
    if (PyType_Ready(&TableType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&TableType);
    if (PyModule_AddObject(m, "Table", (PyObject *)&TableType) < 0
        || PyModule_AddIntConstant(m, "MAX_WINDOW", MAX_WINDOW) < 0) {
        Py_DECREF(&TableType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
