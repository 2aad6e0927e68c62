/* The injection matcher's Hyperscan scans without the Python binding
 * (`secproxy.guards._hsmatch`): `_match.c` (Hits, Codes) plus a database and a scan of
 * its own, linked to the system's libhs (Debian: libhyperscan-dev).
 *
 * The `hyperscan` binding calls a Python handler once per hit: it builds the call's
 * arguments and takes the GIL back for each (~930 instructions a hit, ~600 hits per
 * 4 KB text), and it exports no `hs_scan` to C. Here `Database.scan` runs `hs_scan`
 * with a C handler that appends each hit to a `Hits` (the GIL released for long scans
 * only): one Python call per scan. The databases are compiled from the same expressions,
 * ids and flags as the binding's (`hscache.twin`) and used as soon as they are made: that
 * both builds report the same hits in the same order is checked by the tests
 * (tests/guards/test_injection_match_libhs.py, every database over the corpora), not at
 * run time.
 *
 * Optional: setup.py builds it only where <hs/hs.h> is found; without it the matcher
 * scans through the binding, with the same answers.
 */

#define SECPROXY_LIBHS 1
#include "_match.c"

#include <hs/hs.h>

static PyObject *HsError;

typedef struct {
    PyObject_HEAD
    hs_database_t *db;
} Database;

typedef struct {
    PyObject_HEAD
    hs_scratch_t *scratch;
} Scratch;

static PyTypeObject DatabaseType;
static PyTypeObject ScratchType;

static void
Database_dealloc(Database *self)
{
    if (self->db != NULL)
        hs_free_database(self->db);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
database_wrap(hs_database_t *db)
{
    Database *self = (Database *)DatabaseType.tp_alloc(&DatabaseType, 0);
    if (self == NULL) {
        hs_free_database(db);
        return NULL;
    }
    self->db = db;
    return (PyObject *)self;
}

/* compile(expressions, ids, flags) -> Database: a block-mode database; `flags` one int
 * for all or one per expression. Raises `error` with Hyperscan's message. */
static PyObject *
hs_compile_py(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *exprs_in, *ids_in, *flags_in;
    if (!PyArg_ParseTuple(args, "OOO", &exprs_in, &ids_in, &flags_in))
        return NULL;
    PyObject *exprs = PySequence_Fast(exprs_in, "expressions must be a sequence");
    if (exprs == NULL)
        return NULL;
    PyObject *ids = PySequence_Fast(ids_in, "ids must be a sequence");
    if (ids == NULL) {
        Py_DECREF(exprs);
        return NULL;
    }
    PyObject *flags = NULL;
    PyObject *result = NULL;
    const char **cexprs = NULL;
    unsigned int *cids = NULL, *cflags = NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(exprs);
    if (PySequence_Fast_GET_SIZE(ids) != n || n == 0 || n > UINT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "expressions and ids: as many, at least one");
        goto done;
    }
    long every = -1;
    if (PyLong_Check(flags_in)) {
        every = PyLong_AsLong(flags_in);
        if (every == -1 && PyErr_Occurred())
            goto done;
    } else {
        flags = PySequence_Fast(flags_in, "flags must be an int or a sequence");
        if (flags == NULL)
            goto done;
        if (PySequence_Fast_GET_SIZE(flags) != n) {
            PyErr_SetString(PyExc_ValueError, "one flag per expression");
            goto done;
        }
    }
    cexprs = PyMem_Calloc((size_t)n, sizeof(char *));
    cids = PyMem_Calloc((size_t)n, sizeof(unsigned int));
    cflags = PyMem_Calloc((size_t)n, sizeof(unsigned int));
    if (cexprs == NULL || cids == NULL || cflags == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *e = PySequence_Fast_GET_ITEM(exprs, i);
        char *text;
        Py_ssize_t size;
        if (PyBytes_AsStringAndSize(e, &text, &size) < 0)
            goto done;
        if ((Py_ssize_t)strlen(text) != size) {
            PyErr_SetString(PyExc_ValueError, "an expression holds a NUL byte");
            goto done;
        }
        cexprs[i] = text;
        unsigned long id = PyLong_AsUnsignedLong(PySequence_Fast_GET_ITEM(ids, i));
        if (id == (unsigned long)-1 && PyErr_Occurred())
            goto done;
        if (id > UINT32_MAX) {
            PyErr_SetString(PyExc_OverflowError, "id out of range");
            goto done;
        }
        cids[i] = (unsigned int)id;
        long f = every;
        if (flags != NULL) {
            f = PyLong_AsLong(PySequence_Fast_GET_ITEM(flags, i));
            if (f == -1 && PyErr_Occurred())
                goto done;
        }
        if (f < 0 || f > UINT32_MAX) {
            PyErr_SetString(PyExc_OverflowError, "flags out of range");
            goto done;
        }
        cflags[i] = (unsigned int)f;
    }
    hs_database_t *db = NULL;
    hs_compile_error_t *err = NULL;
    hs_error_t rc;
    Py_BEGIN_ALLOW_THREADS
    rc = hs_compile_multi(cexprs, cflags, cids, (unsigned int)n, HS_MODE_BLOCK, NULL, &db,
                          &err);
    Py_END_ALLOW_THREADS
    if (rc != HS_SUCCESS) {
        if (err != NULL) {
            PyErr_Format(HsError, "%s (expression %d)", err->message, err->expression);
            hs_free_compile_error(err);
        } else {
            PyErr_Format(HsError, "hs_compile_multi failed (%d)", (int)rc);
        }
        goto done;
    }
    result = database_wrap(db);
done:
    PyMem_Free(cexprs);
    PyMem_Free(cids);
    PyMem_Free(cflags);
    Py_XDECREF(flags);
    Py_DECREF(ids);
    Py_DECREF(exprs);
    return result;
}

/* load(blob) -> Database: a database `Database.dump` wrote (this libhs, this CPU). */
static PyObject *
hs_load_py(PyObject *Py_UNUSED(module), PyObject *arg)
{
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    hs_database_t *db = NULL;
    hs_error_t rc = hs_deserialize_database(view.buf, (size_t)view.len, &db);
    PyBuffer_Release(&view);
    if (rc != HS_SUCCESS) {
        PyErr_Format(HsError, "hs_deserialize_database failed (%d)", (int)rc);
        return NULL;
    }
    return database_wrap(db);
}

static PyObject *
Database_dump(Database *self, PyObject *Py_UNUSED(ignored))
{
    char *bytes = NULL;
    size_t length = 0;
    hs_error_t rc = hs_serialize_database(self->db, &bytes, &length);
    if (rc != HS_SUCCESS) {
        PyErr_Format(HsError, "hs_serialize_database failed (%d)", (int)rc);
        return NULL;
    }
    PyObject *out = PyBytes_FromStringAndSize(bytes, (Py_ssize_t)length);
    free(bytes);  /* hs_serialize_database allocates with the misc allocator: malloc */
    return out;
}

typedef struct {
    Hits *hits;
    int out_of_memory;
} ScanState;

static int
on_hit(unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags,
       void *context)
{
    (void)from;
    (void)flags;
    ScanState *state = context;
    Hits *hits = state->hits;
    if (hits->n == hits->cap && hits_grow_raw(hits) < 0) {
        state->out_of_memory = 1;
        return 1;
    }
    hits->ids[hits->n] = id;
    hits->ends[hits->n] = (long long)to + hits->offset;
    hits->n++;
    return hits->budget >= 0 && hits->n > hits->budget;
}

/* Bytes from which a scan releases the GIL: below, the scan (microseconds) costs less
 * than handing the GIL over and taking it back, and the matcher scans many short
 * windows. */
#define RELEASE_FROM 16384

/* scan(data, scratch, hits, lo=0, hi=-1) -> bool: the hits in data[lo:hi] appended to
 * `hits` as (id, end + hits.offset), the offset set to lo first; True when the hits'
 * budget stopped the scan (the binding raises ScanTerminated there). The GIL is
 * released while a long one runs (`RELEASE_FROM`): `scratch` must be this thread's
 * (Hyperscan refuses one in use), and `hits` not shared with another thread. */
static PyObject *
Database_scan(Database *self, PyObject *args)
{
    Py_buffer data;
    Scratch *scratch;
    Hits *hits;
    Py_ssize_t lo = 0, hi = -1;
    if (!PyArg_ParseTuple(args, "y*O!O!|nn", &data, &ScratchType, &scratch, &HitsType, &hits,
                          &lo, &hi))
        return NULL;
    if (hi < 0 || hi > data.len)
        hi = data.len;
    if (lo < 0 || lo > hi) {
        PyBuffer_Release(&data);
        PyErr_SetString(PyExc_ValueError, "lo out of range");
        return NULL;
    }
    if ((unsigned long long)(hi - lo) > UINT_MAX) {
        PyBuffer_Release(&data);
        PyErr_SetString(PyExc_OverflowError, "text too long for one scan");
        return NULL;
    }
    hits->offset = lo;
    ScanState state = {hits, 0};
    hs_error_t rc;
    if (hi - lo < RELEASE_FROM) {
        rc = hs_scan(self->db, (const char *)data.buf + lo, (unsigned int)(hi - lo), 0,
                     scratch->scratch, on_hit, &state);
    } else {
        Py_INCREF(hits);
        Py_INCREF(scratch);
        Py_BEGIN_ALLOW_THREADS
        rc = hs_scan(self->db, (const char *)data.buf + lo, (unsigned int)(hi - lo), 0,
                     scratch->scratch, on_hit, &state);
        Py_END_ALLOW_THREADS
        Py_DECREF(scratch);
        Py_DECREF(hits);
    }
    PyBuffer_Release(&data);
    if (state.out_of_memory)
        return PyErr_NoMemory();
    if (rc == HS_SCAN_TERMINATED)
        Py_RETURN_TRUE;
    if (rc != HS_SUCCESS) {
        PyErr_Format(HsError, "hs_scan failed (%d)", (int)rc);
        return NULL;
    }
    Py_RETURN_FALSE;
}

static PyMethodDef Database_methods[] = {
    {"scan", (PyCFunction)Database_scan, METH_VARARGS,
     "scan(data, scratch, hits, lo=0, hi=-1) -> True when the hits' budget stopped it"},
    {"dump", (PyCFunction)Database_dump, METH_NOARGS, "dump() -> bytes (for load())"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject DatabaseType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = MODULE ".Database",
    .tp_doc = "A block-mode Hyperscan database (made by compile() or load()).",
    .tp_basicsize = sizeof(Database),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_dealloc = (destructor)Database_dealloc,
    .tp_methods = Database_methods,
};

static PyObject *
Scratch_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    Database *database;
    static char *kwlist[] = {"database", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O!", kwlist, &DatabaseType, &database))
        return NULL;
    Scratch *self = (Scratch *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    hs_error_t rc = hs_alloc_scratch(database->db, &self->scratch);
    if (rc != HS_SUCCESS) {
        self->scratch = NULL;
        Py_DECREF(self);
        PyErr_Format(HsError, "hs_alloc_scratch failed (%d)", (int)rc);
        return NULL;
    }
    return (PyObject *)self;
}

static void
Scratch_dealloc(Scratch *self)
{
    if (self->scratch != NULL)
        hs_free_scratch(self->scratch);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyTypeObject ScratchType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = MODULE ".Scratch",
    .tp_doc = "Scratch(database): one thread's scratch space for scanning `database`.",
    .tp_basicsize = sizeof(Scratch),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = Scratch_new,
    .tp_dealloc = (destructor)Scratch_dealloc,
};

static PyMethodDef libhs_functions[] = {
    {"compile", hs_compile_py, METH_VARARGS,
     "compile(expressions, ids, flags) -> Database (block mode)"},
    {"load", hs_load_py, METH_O, "load(blob) -> Database (from Database.dump())"},
    {NULL, NULL, 0, NULL},
};

static int
libhs_add(PyObject *m)
{
    if (hs_valid_platform() != HS_SUCCESS) {
        PyErr_SetString(PyExc_ImportError, "libhs does not run on this CPU");
        return -1;
    }
    if (PyModule_AddFunctions(m, libhs_functions) < 0)
        return -1;
    HsError = PyErr_NewException(MODULE ".error", NULL, NULL);
    if (HsError == NULL)
        return -1;
    if (PyModule_AddObject(m, "error", HsError) < 0) {
        Py_DECREF(HsError);
        return -1;
    }
    Py_INCREF(HsError);  /* the module's reference went with AddObject; keep ours */
    if (PyModule_AddStringConstant(m, "HS_VERSION", hs_version()) < 0)
        return -1;
    if (PyModule_AddType(m, &DatabaseType) < 0 || PyModule_AddType(m, &ScratchType) < 0)
        return -1;
    return 0;
}
