/* The injection matcher's hit collection in C (`secproxy.guards._match`).
 *
 * Hyperscan's Python binding calls a match handler once per hit; a Python handler costs
 * a frame, a tuple and a list append per hit, and the matcher then walks those tuples
 * again. A `Hits` is a handler written in C: it keeps each hit's pattern id and end
 * (plus an offset, for a window scanned apart from its text) in two arrays, and can ask
 * the scan to stop after a budget of hits. `injection_match` (the reference, in typed
 * Python) uses it when it is built and keeps exactly the same hits in the same order:
 * the arrays come back as the lists and dictionaries its pure-Python handlers build.
 *
 * A `Codes` holds each stem's (class, entry code) pairs compactly, so that the second
 * stage's hits become its sorted per-class numbers (`Matcher.pending`) in one call.
 *
 * An `Ends` (`Hits.by_id`) answers what the matcher asks of a whole-text scan's ends —
 * whether an id has one, whether one lies in a window — from the hits' arrays, in place
 * of `ends_by_id()`'s dictionary of lists (`Matcher.exact_ends`).
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <stdint.h>

/* `_hsmatch.c` builds this file again as `secproxy.guards._hsmatch`, linked to libhs,
 * with a Hyperscan scan of its own that fills a `Hits` without a call per hit. */
#ifdef SECPROXY_LIBHS
#define MODULE "secproxy.guards._hsmatch"
#define MODULE_INIT PyInit__hsmatch
static int libhs_add(PyObject *m);
#else
#define MODULE "secproxy.guards._match"
#define MODULE_INIT PyInit__match
#endif

typedef struct {
    PyObject_HEAD
    vectorcallfunc vectorcall;
    uint32_t *ids;            /* [n] the pattern id of each hit */
    long long *ends;          /* [n] where each hit ends, offset added */
    Py_ssize_t n;
    Py_ssize_t cap;
    long long offset;         /* added to each end recorded */
    Py_ssize_t budget;        /* hits after which the scan is asked to stop; -1: never */
} Hits;

/* Grows the arrays without touching Python (raw allocator): the libhs scan calls it
 * with the GIL released. -1 when out of memory, no exception set. */
static int
hits_grow_raw(Hits *self)
{
    Py_ssize_t cap = self->cap ? self->cap * 2 : 256;
    if (cap > PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(long long))
        return -1;
    uint32_t *ids = PyMem_RawRealloc(self->ids, (size_t)cap * sizeof(uint32_t));
    if (ids == NULL)
        return -1;
    self->ids = ids;
    long long *ends = PyMem_RawRealloc(self->ends, (size_t)cap * sizeof(long long));
    if (ends == NULL)
        return -1;
    self->ends = ends;
    self->cap = cap;
    return 0;
}

static int
hits_grow(Hits *self)
{
    if (hits_grow_raw(self) < 0) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

/* handler(id, start, end, flags, context): Hyperscan's match event handler. */
static PyObject *
Hits_vectorcall(PyObject *op, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Hits *self = (Hits *)op;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (nargs < 3 || nargs > 5 || (kwnames != NULL && PyTuple_GET_SIZE(kwnames))) {
        PyErr_SetString(PyExc_TypeError, "Hits(id, start, end[, flags, context])");
        return NULL;
    }
    unsigned long id = PyLong_AsUnsignedLong(args[0]);
    if (id == (unsigned long)-1 && PyErr_Occurred())
        return NULL;
    if (id > UINT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "pattern id out of range");
        return NULL;
    }
    long long end = PyLong_AsLongLong(args[2]);
    if (end == -1 && PyErr_Occurred())
        return NULL;
    if ((self->offset > 0 && end > LLONG_MAX - self->offset)
        || (self->offset < 0 && end < LLONG_MIN - self->offset)) {
        PyErr_SetString(PyExc_OverflowError, "hit end out of range");
        return NULL;
    }
    if (self->n == self->cap && hits_grow(self) < 0)
        return NULL;
    self->ids[self->n] = (uint32_t)id;
    self->ends[self->n] = end + self->offset;
    self->n++;
    if (self->budget < 0)
        Py_RETURN_NONE;
    if (self->n > self->budget)
        Py_RETURN_TRUE;
    Py_RETURN_FALSE;
}

static int
Hits_init(Hits *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"budget", NULL};
    Py_ssize_t budget = -1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|n", kwlist, &budget))
        return -1;
    self->budget = budget < 0 ? -1 : budget;
    self->n = 0;
    self->offset = 0;
    return 0;
}

static PyObject *
Hits_new(PyTypeObject *type, PyObject *Py_UNUSED(args), PyObject *Py_UNUSED(kwds))
{
    Hits *self = (Hits *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->vectorcall = Hits_vectorcall;
    self->budget = -1;
    return (PyObject *)self;
}

static void
Hits_dealloc(Hits *self)
{
    PyMem_RawFree(self->ids);
    PyMem_RawFree(self->ends);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
Hits_clear(Hits *self, PyObject *Py_UNUSED(ignored))
{
    self->n = 0;
    Py_RETURN_NONE;
}

static PyObject *
Hits_pairs(Hits *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *out = PyList_New(self->n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < self->n; i++) {
        PyObject *pair = PyTuple_New(2);
        if (pair == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, pair);
        PyObject *id = PyLong_FromUnsignedLong(self->ids[i]);
        if (id == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyTuple_SET_ITEM(pair, 0, id);
        PyObject *end = PyLong_FromLongLong(self->ends[i]);
        if (end == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyTuple_SET_ITEM(pair, 1, end);
    }
    return out;
}

/* {id: [end, ...]} in the order of the hits (the reference's `_load_ends`). */
static PyObject *
Hits_ends_by_id(Hits *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *out = PyDict_New();
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < self->n; i++) {
        PyObject *key = PyLong_FromUnsignedLong(self->ids[i]);
        if (key == NULL)
            goto fail;
        PyObject *end = PyLong_FromLongLong(self->ends[i]);
        if (end == NULL) {
            Py_DECREF(key);
            goto fail;
        }
        PyObject *got = PyDict_GetItemWithError(out, key);  /* borrowed */
        int err;
        if (got == NULL) {
            if (PyErr_Occurred()) {
                Py_DECREF(key);
                Py_DECREF(end);
                goto fail;
            }
            got = PyList_New(1);
            if (got == NULL) {
                Py_DECREF(key);
                Py_DECREF(end);
                goto fail;
            }
            Py_INCREF(end);
            PyList_SET_ITEM(got, 0, end);
            err = PyDict_SetItem(out, key, got);
            Py_DECREF(got);
        } else {
            err = PyList_Append(got, end);
        }
        Py_DECREF(key);
        Py_DECREF(end);
        if (err < 0)
            goto fail;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* An `Ends`: the hits of a `Hits` by pattern id (`Hits.by_id`), each id's ends in the
 * order of the hits, for the lookups `ends_by_id()`'s dictionary served — whether an id
 * has a hit, whether one of its ends lies in a window — without a list and a number
 * object per hit (the matcher's exact-form scan finds ~500 ends in a 4 KB text and
 * looks up a few dozen). */
typedef struct {
    PyObject_HEAD
    uint32_t *ids;            /* [n] sorted */
    long long *ends;          /* [n] each id's ends, in the order of the hits */
    Py_ssize_t n;
} Ends;

static PyTypeObject EndsType;

static void
Ends_dealloc(Ends *self)
{
    PyMem_Free(self->ids);
    PyMem_Free(self->ends);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* The hits sorted by id, stable (each id's ends in the order of the hits): a radix
 * sort, a byte of the ids a pass, as many passes as the highest id has bytes (qsort of
 * a long text's sparse ids cost ~100 instructions a hit); a few hits by insertion. */
static PyObject *
ends_sorted(Hits *self, Ends *out, uint32_t top)
{
    Py_ssize_t n = self->n;
    if ((unsigned long long)n > UINT32_MAX) {
        Py_DECREF(out);
        PyErr_SetString(PyExc_OverflowError, "too many hits");
        return NULL;
    }
    uint32_t *ids = PyMem_Malloc((size_t)n * sizeof(uint32_t) + 1);
    uint32_t *at = PyMem_Malloc((size_t)n * sizeof(uint32_t) + 1);
    uint32_t *ids2 = PyMem_Malloc((size_t)n * sizeof(uint32_t) + 1);
    uint32_t *at2 = PyMem_Malloc((size_t)n * sizeof(uint32_t) + 1);
    out->ends = PyMem_Malloc((size_t)n * sizeof(long long) + 1);
    if (ids == NULL || at == NULL || ids2 == NULL || at2 == NULL || out->ends == NULL) {
        PyMem_Free(ids);
        PyMem_Free(at);
        PyMem_Free(ids2);
        PyMem_Free(at2);
        Py_DECREF(out);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        ids[i] = self->ids[i];
        at[i] = (uint32_t)i;
    }
    if (n <= 64) {
        /* A short text's few hits: by insertion (stable), no pass over 256 digits. */
        for (Py_ssize_t i = 1; i < n; i++) {
            uint32_t id = ids[i], pos = at[i];
            Py_ssize_t j = i;
            for (; j > 0 && ids[j - 1] > id; j--) {
                ids[j] = ids[j - 1];
                at[j] = at[j - 1];
            }
            ids[j] = id;
            at[j] = pos;
        }
        top = 0;  /* no pass below */
    }
    for (int shift = 0; shift < 32 && (top >> shift) != 0; shift += 8) {
        Py_ssize_t first[257] = {0};
        for (Py_ssize_t i = 0; i < n; i++)
            first[((ids[i] >> shift) & 0xFF) + 1]++;
        for (int d = 0; d < 256; d++)
            first[d + 1] += first[d];
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_ssize_t to = first[(ids[i] >> shift) & 0xFF]++;
            ids2[to] = ids[i];
            at2[to] = at[i];
        }
        uint32_t *swap = ids;
        ids = ids2;
        ids2 = swap;
        swap = at;
        at = at2;
        at2 = swap;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        out->ends[i] = self->ends[at[i]];
    out->ids = ids;  /* owned by `out` now */
    out->n = n;
    PyMem_Free(at);
    PyMem_Free(ids2);
    PyMem_Free(at2);
    return (PyObject *)out;
}

/* by_id() -> Ends: the hits by id, each id's ends in the order of the hits (a counting
 * sort by id: stable, and linear where a comparison sort of a few hundred hits cost
 * more than the dictionary it replaces). */
static PyObject *
Hits_by_id(Hits *self, PyObject *Py_UNUSED(ignored))
{
    Py_ssize_t n = self->n;
    uint32_t top = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (self->ids[i] > top)
            top = self->ids[i];
    Ends *out = (Ends *)EndsType.tp_alloc(&EndsType, 0);
    if (out == NULL)
        return NULL;
    /* Pattern ids run to a few thousand: counted when the hits are as many as a
     * sixteenth of them, else (a short text's few hits) sorted byte by byte
     * (`ends_sorted`): as stable. */
    if ((unsigned long long)top > (unsigned long long)n * 16)
        return ends_sorted(self, out, top);
    Py_ssize_t *first = PyMem_Calloc((size_t)top + 2, sizeof(Py_ssize_t));
    out->ids = PyMem_Malloc((size_t)n * sizeof(uint32_t) + 1);
    out->ends = PyMem_Malloc((size_t)n * sizeof(long long) + 1);
    if (first == NULL || out->ids == NULL || out->ends == NULL) {
        PyMem_Free(first);
        Py_DECREF(out);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t i = 0; i < n; i++)
        first[self->ids[i] + 1]++;
    for (uint32_t id = 0; id <= top; id++)
        first[id + 1] += first[id];
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t at = first[self->ids[i]]++;
        out->ids[at] = self->ids[i];
        out->ends[at] = self->ends[i];
    }
    out->n = n;
    PyMem_Free(first);
    return (PyObject *)out;
}

/* The first index of `ids` holding `id` or above (`ids` sorted). */
static Py_ssize_t
ends_first(Ends *self, unsigned long long id)
{
    Py_ssize_t lo = 0, hi = self->n;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) >> 1;
        if ((unsigned long long)self->ids[mid] < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* An id argument: -1 with an exception set, -2 for an id no hit can have. */
static long long
ends_id(PyObject *arg)
{
    long long id = PyLong_AsLongLong(arg);
    if (id == -1 && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_OverflowError))
            return -1;
        PyErr_Clear();
        return -2;
    }
    return id < 0 || id > UINT32_MAX ? -2 : id;
}

static int
Ends_contains(Ends *self, PyObject *arg)
{
    if (!PyLong_Check(arg))
        return 0;
    long long id = ends_id(arg);
    if (id == -1)
        return -1;
    if (id == -2)
        return 0;
    Py_ssize_t i = ends_first(self, (unsigned long long)id);
    return i < self->n && self->ids[i] == (uint32_t)id;
}

/* within(id, lo, hi) -> bool: whether an end of `id` lies in lo+1..hi, found as
 * `injection_match._after` finds it in the id's list of `ends_by_id()`: the first end
 * above lo, which must not lie above hi. */
static PyObject *
Ends_within(Ends *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "within(id, lo, hi)");
        return NULL;
    }
    long long id = ends_id(args[0]);
    if (id == -1)
        return NULL;
    long long lo = PyLong_AsLongLong(args[1]);
    if (lo == -1 && PyErr_Occurred())
        return NULL;
    long long hi = PyLong_AsLongLong(args[2]);
    if (hi == -1 && PyErr_Occurred())
        return NULL;
    if (id == -2)
        Py_RETURN_FALSE;
    Py_ssize_t a = ends_first(self, (unsigned long long)id);
    Py_ssize_t b = ends_first(self, (unsigned long long)id + 1);
    /* bisect_right(ends[a:b], lo) */
    Py_ssize_t x = a, y = b;
    while (x < y) {
        Py_ssize_t mid = (x + y) >> 1;
        if (lo < self->ends[mid])
            y = mid;
        else
            x = mid + 1;
    }
    if (x < b && self->ends[x] <= hi)
        Py_RETURN_TRUE;
    Py_RETURN_FALSE;
}

static Py_ssize_t
Ends_len(Ends *self)
{
    return self->n;
}

static PySequenceMethods Ends_as_sequence = {
    .sq_length = (lenfunc)Ends_len,
    .sq_contains = (objobjproc)Ends_contains,
};

static PyMethodDef Ends_methods[] = {
    {"within", (PyCFunction)(void (*)(void))Ends_within, METH_FASTCALL,
     "within(id, lo, hi) -> whether an end of id lies in lo+1..hi"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject EndsType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = MODULE ".Ends",
    .tp_doc = "The hits of a Hits by id (Hits.by_id): `id in ends`, ends.within(id, lo, hi).",
    .tp_basicsize = sizeof(Ends),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_dealloc = (destructor)Ends_dealloc,
    .tp_methods = Ends_methods,
    .tp_as_sequence = &Ends_as_sequence,
};

static Py_ssize_t
Hits_len(Hits *self)
{
    return self->n;
}

static PySequenceMethods Hits_as_sequence = {
    .sq_length = (lenfunc)Hits_len,
};

static PyMemberDef Hits_members[] = {
    {"offset", T_LONGLONG, offsetof(Hits, offset), 0, "added to each end recorded"},
    {NULL, 0, 0, 0, NULL},
};

static PyMethodDef Hits_methods[] = {
    {"clear", (PyCFunction)Hits_clear, METH_NOARGS, "forget the hits kept"},
    {"pairs", (PyCFunction)Hits_pairs, METH_NOARGS, "pairs() -> [(id, end)] in order"},
    {"ends_by_id", (PyCFunction)Hits_ends_by_id, METH_NOARGS,
     "ends_by_id() -> {id: [end, ...]} in order"},
    {"by_id", (PyCFunction)Hits_by_id, METH_NOARGS,
     "by_id() -> Ends: the hits by id, each id's ends in order"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject HitsType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = MODULE ".Hits",
    .tp_doc = "Hits(budget=-1): a Hyperscan match handler keeping (id, end + offset).",
    .tp_basicsize = sizeof(Hits),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_vectorcall_offset = offsetof(Hits, vectorcall),
    .tp_call = PyVectorcall_Call,
    .tp_new = Hits_new,
    .tp_init = (initproc)Hits_init,
    .tp_dealloc = (destructor)Hits_dealloc,
    .tp_methods = Hits_methods,
    .tp_members = Hits_members,
    .tp_as_sequence = &Hits_as_sequence,
};

typedef struct {
    PyObject_HEAD
    Py_ssize_t n_stems;
    Py_ssize_t *first;        /* [n_stems + 1] each stem's pairs: first[s] .. first[s + 1] */
    PyObject **classes;       /* [pairs] the class, as the key of `pending` (owned) */
    long long *codes;         /* [pairs] the entry code */
    Py_ssize_t n_pairs;
    Py_ssize_t *slot;         /* [pairs] the class's place among the distinct classes */
    PyObject **keys;          /* [n_keys] the distinct classes (borrowed from classes) */
    Py_ssize_t n_keys;
} Codes;

static void
codes_free(Codes *self)
{
    if (self->classes != NULL) {
        for (Py_ssize_t i = 0; i < self->n_pairs; i++)
            Py_XDECREF(self->classes[i]);
    }
    PyMem_Free(self->classes);
    PyMem_Free(self->codes);
    PyMem_Free(self->first);
    PyMem_Free(self->slot);
    PyMem_Free(self->keys);
    self->classes = NULL;
    self->codes = NULL;
    self->first = NULL;
    self->slot = NULL;
    self->keys = NULL;
    self->n_pairs = self->n_stems = self->n_keys = 0;
}

/* Codes(by_class): per stem, a sequence of (class, entry code) pairs of ints >= 0. */
static int
Codes_init(Codes *self, PyObject *args, PyObject *kwds)
{
    PyObject *by_class;
    static char *kwlist[] = {"by_class", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O", kwlist, &by_class))
        return -1;
    codes_free(self);
    PyObject *stems = PySequence_Fast(by_class, "by_class must be a sequence");
    if (stems == NULL)
        return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(stems);
    self->first = PyMem_Calloc((size_t)n + 1, sizeof(Py_ssize_t));
    if (self->first == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    self->n_stems = n;
    Py_ssize_t total = 0;
    for (Py_ssize_t s = 0; s < n; s++) {
        Py_ssize_t k = PyObject_Length(PySequence_Fast_GET_ITEM(stems, s));
        if (k < 0)
            goto fail;
        if (total > PY_SSIZE_T_MAX / 16 - k) {
            PyErr_NoMemory();
            goto fail;
        }
        total += k;
        self->first[s + 1] = total;
    }
    self->classes = PyMem_Calloc((size_t)total + 1, sizeof(PyObject *));
    self->codes = PyMem_Calloc((size_t)total + 1, sizeof(long long));
    if (self->classes == NULL || self->codes == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    self->n_pairs = total;
    for (Py_ssize_t s = 0; s < n; s++) {
        PyObject *pairs = PySequence_Fast(PySequence_Fast_GET_ITEM(stems, s),
                                          "each stem's pairs must be a sequence");
        if (pairs == NULL)
            goto fail;
        Py_ssize_t k = PySequence_Fast_GET_SIZE(pairs);
        if (k != self->first[s + 1] - self->first[s]) {
            Py_DECREF(pairs);
            PyErr_SetString(PyExc_ValueError, "by_class changed while read");
            goto fail;
        }
        for (Py_ssize_t j = 0; j < k; j++) {
            PyObject *pair = PySequence_Fast_GET_ITEM(pairs, j);
            PyObject *cls, *code;
            if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
                Py_DECREF(pairs);
                PyErr_SetString(PyExc_TypeError, "each pair must be a (class, code) tuple");
                goto fail;
            }
            cls = PyTuple_GET_ITEM(pair, 0);
            code = PyTuple_GET_ITEM(pair, 1);
            long long c = PyLong_AsLongLong(code);
            if ((c == -1 && PyErr_Occurred()) || !PyLong_Check(cls)) {
                Py_DECREF(pairs);
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_TypeError, "a class must be an int");
                goto fail;
            }
            if (c < 0) {
                Py_DECREF(pairs);
                PyErr_SetString(PyExc_ValueError, "an entry code must be >= 0");
                goto fail;
            }
            Py_INCREF(cls);
            self->classes[self->first[s] + j] = cls;
            self->codes[self->first[s] + j] = c;
        }
        Py_DECREF(pairs);
    }
    Py_DECREF(stems);
    /* Each pair's class numbered among the distinct classes (equal ints, as `pending`'s
     * keys are equal, share a number): `pack_sorted` buckets the hits by it. */
    self->slot = PyMem_Calloc((size_t)total + 1, sizeof(Py_ssize_t));
    self->keys = PyMem_Calloc((size_t)total + 1, sizeof(PyObject *));
    if (self->slot == NULL || self->keys == NULL) {
        PyErr_NoMemory();
        codes_free(self);
        return -1;
    }
    PyObject *numbers = PyDict_New();
    if (numbers == NULL) {
        codes_free(self);
        return -1;
    }
    for (Py_ssize_t j = 0; j < total; j++) {
        PyObject *got = PyDict_GetItemWithError(numbers, self->classes[j]);  /* borrowed */
        if (got == NULL) {
            if (PyErr_Occurred())
                goto fail_numbers;
            PyObject *k = PyLong_FromSsize_t(self->n_keys);
            if (k == NULL)
                goto fail_numbers;
            int err = PyDict_SetItem(numbers, self->classes[j], k);
            Py_DECREF(k);
            if (err < 0)
                goto fail_numbers;
            self->keys[self->n_keys] = self->classes[j];
            self->slot[j] = self->n_keys++;
        } else {
            self->slot[j] = PyLong_AsSsize_t(got);
        }
    }
    Py_DECREF(numbers);
    return 0;
fail_numbers:
    Py_DECREF(numbers);
    codes_free(self);
    return -1;
fail:
    Py_DECREF(stems);
    codes_free(self);
    return -1;
}

static void
Codes_dealloc(Codes *self)
{
    codes_free(self);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* `pack` and `pack_sorted`'s arguments (hits, hit_bits, code_bits, pending) and the
 * bounds they give: the largest end, stem and entry code a packed number holds. */
static int
pack_args(PyObject *args, Hits **hits, int *hit_bits, int *code_bits, PyObject **pending,
          long long *max_end, long long *max_stem, long long *code_mask)
{
    if (!PyArg_ParseTuple(args, "O!iiO!", &HitsType, hits, hit_bits, code_bits,
                          &PyDict_Type, pending))
        return -1;
    int hb = *hit_bits, cb = *code_bits;
    if (hb < 0 || hb > 62 || cb < 0 || cb > hb) {
        PyErr_SetString(PyExc_ValueError, "bits out of range");
        return -1;
    }
    *max_end = LLONG_MAX >> hb;
    *max_stem = hb == cb ? 0 : (1LL << (hb - cb)) - 1;
    *code_mask = cb ? (1LL << cb) - 1 : 0;
    return 0;
}

/* Whether a hit (stem, end) is refused (the error set): a stem the codes do not know, or
 * an end or stem too large for its bits. */
static int
hit_unfit(Codes *self, uint32_t stem, long long end, long long max_end, long long max_stem)
{
    if ((Py_ssize_t)stem >= self->n_stems) {
        PyErr_SetString(PyExc_IndexError, "stem id out of range");
        return 1;
    }
    if (end < 0 || end > max_end || (long long)stem > max_stem) {
        PyErr_SetString(PyExc_OverflowError, "hit does not fit its bits");
        return 1;
    }
    return 0;
}

/* pack(hits, hit_bits, code_bits, pending): for each hit (stem, end) in order and each
 * (class, code) of its stem, `end << hit_bits | stem << code_bits | code` appended to
 * pending[class] (a list, made when missing), as `Matcher.second_stage` does. */
static PyObject *
Codes_pack(Codes *self, PyObject *args)
{
    Hits *hits;
    int hit_bits, code_bits;
    PyObject *pending;
    long long max_end, max_stem, code_mask;
    if (pack_args(args, &hits, &hit_bits, &code_bits, &pending, &max_end, &max_stem,
                  &code_mask) < 0)
        return NULL;
    for (Py_ssize_t i = 0; i < hits->n; i++) {
        uint32_t stem = hits->ids[i];
        long long end = hits->ends[i];
        if (hit_unfit(self, stem, end, max_end, max_stem))
            return NULL;
        long long hit = end << hit_bits | (long long)stem << code_bits;
        for (Py_ssize_t j = self->first[stem]; j < self->first[stem + 1]; j++) {
            long long code = self->codes[j];
            if (code > code_mask) {
                PyErr_SetString(PyExc_OverflowError, "entry code does not fit its bits");
                return NULL;
            }
            PyObject *cls = self->classes[j];
            PyObject *value = PyLong_FromLongLong(hit | code);
            if (value == NULL)
                return NULL;
            PyObject *got = PyDict_GetItemWithError(pending, cls);  /* borrowed */
            int err;
            if (got == NULL) {
                if (PyErr_Occurred()) {
                    Py_DECREF(value);
                    return NULL;
                }
                got = PyList_New(1);
                if (got == NULL) {
                    Py_DECREF(value);
                    return NULL;
                }
                Py_INCREF(value);
                PyList_SET_ITEM(got, 0, value);
                err = PyDict_SetItem(pending, cls, got);
                Py_DECREF(got);
            } else if (!PyList_Check(got)) {
                PyErr_SetString(PyExc_TypeError, "pending holds lists");
                err = -1;
            } else {
                err = PyList_Append(got, value);
            }
            Py_DECREF(value);
            if (err < 0)
                return NULL;
        }
    }
    Py_RETURN_NONE;
}

/* Sorts v[0..n) ascending, with tmp[0..n) to merge in: blocks of 16 sorted by
 * insertion, then merged pairwise, a merge skipped where its two halves are already in
 * order. The second stage's hits come in the order of their ends within a language's
 * windows (out of order only among hits ending at one place), a class's hits in a run
 * per language scanned: nearly linear for those, n log n for any order. */
static void
values_sort(long long *v, long long *tmp, Py_ssize_t n)
{
    const Py_ssize_t block = 16;
    for (Py_ssize_t lo = 0; lo < n; lo += block) {
        Py_ssize_t hi = lo + block < n ? lo + block : n;
        for (Py_ssize_t i = lo + 1; i < hi; i++) {
            long long x = v[i];
            Py_ssize_t j = i;
            while (j > lo && v[j - 1] > x) {
                v[j] = v[j - 1];
                j--;
            }
            v[j] = x;
        }
    }
    for (Py_ssize_t width = block; width < n; width *= 2) {
        for (Py_ssize_t lo = 0; lo + width < n; lo += 2 * width) {
            Py_ssize_t mid = lo + width;
            Py_ssize_t hi = mid + width < n ? mid + width : n;
            if (v[mid - 1] <= v[mid])
                continue;  /* in order already */
            memcpy(tmp + lo, v + lo, (size_t)(hi - lo) * sizeof(long long));
            Py_ssize_t a = lo, b = mid, k = lo;
            while (a < mid && b < hi)
                v[k++] = tmp[b] < tmp[a] ? tmp[b++] : tmp[a++];
            while (a < mid)
                v[k++] = tmp[a++];
            while (b < hi)
                v[k++] = tmp[b++];
        }
        if (width > PY_SSIZE_T_MAX / 2)
            break;
    }
}

/* pack_sorted(hits, hit_bits, code_bits, pending): what `pack` then sorting each list
 * of `pending` it added to leaves, the numbers sorted in C before they become ints (one
 * list made per class, no dictionary look-up per number): `Matcher.second_stage`'s
 * pending hits. Every hit is checked before `pending` is touched. */
static PyObject *
Codes_pack_sorted(Codes *self, PyObject *args)
{
    Hits *hits;
    int hit_bits, code_bits;
    PyObject *pending;
    long long max_end, max_stem, code_mask;
    if (pack_args(args, &hits, &hit_bits, &code_bits, &pending, &max_end, &max_stem,
                  &code_mask) < 0)
        return NULL;
    Py_ssize_t total = 0;
    for (Py_ssize_t i = 0; i < hits->n; i++) {
        uint32_t stem = hits->ids[i];
        long long end = hits->ends[i];
        if (hit_unfit(self, stem, end, max_end, max_stem))
            return NULL;
        for (Py_ssize_t j = self->first[stem]; j < self->first[stem + 1]; j++) {
            if (self->codes[j] > code_mask) {
                PyErr_SetString(PyExc_OverflowError, "entry code does not fit its bits");
                return NULL;
            }
        }
        Py_ssize_t k = self->first[stem + 1] - self->first[stem];
        if (total > PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(long long) - k) {
            PyErr_NoMemory();
            return NULL;
        }
        total += k;
    }
    if (total == 0)
        Py_RETURN_NONE;
    /* Bucketed by class, the classes in the order of their first hit (as `pack` adds
     * them to `pending`): count[c] numbers from at[c] in `values`, filled in the order
     * of the hits. Only the classes hit are walked (the lexicon has thousands). */
    Py_ssize_t *count = PyMem_Calloc((size_t)self->n_keys + 1, sizeof(Py_ssize_t));
    Py_ssize_t *at = PyMem_Malloc(((size_t)self->n_keys + 1) * sizeof(Py_ssize_t));
    Py_ssize_t *order = PyMem_Malloc(((size_t)self->n_keys + 1) * sizeof(Py_ssize_t));
    long long *values = PyMem_Malloc((size_t)total * sizeof(long long));
    long long *merged = NULL, *tmp = NULL;
    Py_ssize_t tmp_cap = 0, n_hit = 0;
    PyObject *result = NULL, *held = NULL;
    if (count == NULL || at == NULL || order == NULL || values == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < hits->n; i++) {
        uint32_t stem = hits->ids[i];
        for (Py_ssize_t j = self->first[stem]; j < self->first[stem + 1]; j++) {
            Py_ssize_t c = self->slot[j];
            if (count[c]++ == 0)
                order[n_hit++] = c;
        }
    }
    for (Py_ssize_t k = 0, sum = 0; k < n_hit; k++) {
        at[order[k]] = sum;
        sum += count[order[k]];
    }
    for (Py_ssize_t i = 0; i < hits->n; i++) {
        uint32_t stem = hits->ids[i];
        long long hit = hits->ends[i] << hit_bits | (long long)stem << code_bits;
        for (Py_ssize_t j = self->first[stem]; j < self->first[stem + 1]; j++)
            values[at[self->slot[j]]++] = hit | self->codes[j];
    }
    for (Py_ssize_t k = 0; k < n_hit; k++) {
        Py_ssize_t c = order[k], n = count[c], lo = at[c] - n;
        PyObject *key = self->keys[c];
        PyObject *got = PyDict_GetItemWithError(pending, key);  /* borrowed */
        if (got == NULL && PyErr_Occurred())
            goto done;
        if (got != NULL && !PyList_Check(got)) {
            PyErr_SetString(PyExc_TypeError, "pending holds lists");
            goto done;
        }
        /* Held while the ints are made (a collection they start could run a finalizer
         * that drops it from `pending`). */
        Py_XINCREF(got);
        Py_XDECREF(held);
        held = got;
        long long *v = values + lo;
        Py_ssize_t old = got == NULL ? 0 : PyList_GET_SIZE(got);
        if (old > 0) {
            /* The list's numbers join the hits' and are sorted with them. */
            if (old > PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(long long) - n) {
                PyErr_NoMemory();
                goto done;
            }
            PyMem_Free(merged);
            merged = PyMem_Malloc((size_t)(old + n) * sizeof(long long));
            if (merged == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            for (Py_ssize_t i = 0; i < old; i++) {
                PyObject *item = PyList_GET_ITEM(got, i);
                /* An int only: no Python code runs while the list is read. */
                if (!PyLong_Check(item)) {
                    PyErr_SetString(PyExc_TypeError, "pending holds lists of ints");
                    goto done;
                }
                long long x = PyLong_AsLongLong(item);
                if (x == -1 && PyErr_Occurred())
                    goto done;
                merged[i] = x;
            }
            memcpy(merged + old, v, (size_t)n * sizeof(long long));
            v = merged;
            n += old;
        }
        if (n > tmp_cap) {
            PyMem_Free(tmp);
            tmp = PyMem_Malloc((size_t)n * sizeof(long long));
            if (tmp == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            tmp_cap = n;
        }
        values_sort(v, tmp, n);
        PyObject *list = PyList_New(n);
        if (list == NULL)
            goto done;
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *x = PyLong_FromLongLong(v[i]);
            if (x == NULL) {
                Py_DECREF(list);
                goto done;
            }
            PyList_SET_ITEM(list, i, x);
        }
        int err = got == NULL ? PyDict_SetItem(pending, key, list)
                              : PyList_SetSlice(got, 0, old, list);
        Py_DECREF(list);
        if (err < 0)
            goto done;
    }
    result = Py_None;
    Py_INCREF(result);
done:
    Py_XDECREF(held);
    PyMem_Free(count);
    PyMem_Free(at);
    PyMem_Free(order);
    PyMem_Free(values);
    PyMem_Free(merged);
    PyMem_Free(tmp);
    return result;
}

static PyMethodDef Codes_methods[] = {
    {"pack", (PyCFunction)Codes_pack, METH_VARARGS,
     "pack(hits, hit_bits, code_bits, pending): the hits' numbers, per class"},
    {"pack_sorted", (PyCFunction)Codes_pack_sorted, METH_VARARGS,
     "pack_sorted(hits, hit_bits, code_bits, pending): pack, each list it adds to sorted"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject CodesType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = MODULE ".Codes",
    .tp_doc = "Codes(by_class): each stem's (class, entry code) pairs.",
    .tp_basicsize = sizeof(Codes),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Codes_init,
    .tp_dealloc = (destructor)Codes_dealloc,
    .tp_methods = Codes_methods,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = MODULE,
    .m_doc = "The injection matcher's hit collection, in C.",
    .m_size = -1,
};

PyMODINIT_FUNC
MODULE_INIT(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    /* PyModule_AddType readies each type and adds it under its name, a reference kept */
    if (PyModule_AddType(m, &HitsType) < 0 || PyModule_AddType(m, &CodesType) < 0
        || PyModule_AddType(m, &EndsType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
#ifdef SECPROXY_LIBHS
    if (libhs_add(m) < 0) {
        Py_DECREF(m);
        return NULL;
    }
#endif
    return m;
}
