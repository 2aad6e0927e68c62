"""State shared by several secproxy instances (`state.backend: redis`): the interface
the engine sees (`backend`), the Redis backend (`redis_backend`) and its server-side
scripts (`scripts`). With the default `memory` backend none of it runs."""
