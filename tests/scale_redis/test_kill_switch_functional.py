"""The kill switch shared by in-process proxies on one real redis-server (issue 17): turned
on over one instance's control socket it refuses the next action on the other (whose
console hears of it), lifted there it is lifted on the first, and an instance that
starts while it is on starts refusing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from secproxy.control.client import ControlClient
from secproxy.model import Action, Decision, Principal, Surface, Target
from secproxy.runtime import Runtime
from tests.helpers import eventually, running_proxy
from tests.scale_redis.conftest import RedisServer


def config(redis: RedisServer) -> str:
    return f"state: {{backend: redis, url: '{redis.url}', heartbeat: 100ms}}\n"


def call() -> Action:
    return Action(Surface.TOOL, principal=Principal(user="agent-7"),
                  target=Target(tool="fs.read"), arguments={})


async def refused(runtime: Runtime) -> bool:
    verdict = await runtime.engine.decide(call(), audit=False)
    return verdict.decision is Decision.BLOCK and verdict.findings[-1].category == "kill_switch"


async def test_the_kill_switch_reaches_every_instance(tmp_path: Path,
                                                      redis_server: RedisServer) -> None:
    async with (running_proxy(tmp_path / "a", config(redis_server)) as a,
                running_proxy(tmp_path / "b", config(redis_server)) as b):
        await eventually(lambda: a.engine.shared.up and b.engine.shared.up)
        assert not await refused(b)
        events: list[dict[str, Any]] = []
        async with (ControlClient(a.control.path) as on_a,
                    ControlClient(b.control.path, on_event=events.append) as on_b):
            await on_b.subscribe(backlog=False)
            await on_a.call("killswitch/set", {"on": True, "surfaces": ["tool"],
                                               "by": "ops@a", "reason": "incident 42"})
            await eventually(lambda: b.engine.kill_switch.on, timeout=10,
                             message="the switch on B")
            assert await refused(b)
            assert "by ops@a: incident 42" in b.engine.kill_switch.message
            update = await eventually(lambda: [e for e in events
                                               if e["type"] == "killswitch/update"])
            assert update[0]["payload"]["on"] is True
            assert update[0]["payload"]["surfaces"] == ["tool"]

            # An instance started now starts refusing.
            async with running_proxy(tmp_path / "c", config(redis_server)) as c:
                await eventually(lambda: c.engine.shared.up and c.engine.kill_switch.on,
                                 timeout=10, message="the switch on C")
                assert await refused(c)

            await on_b.call("killswitch/set", {"on": False, "by": "ops@b"})
            await eventually(lambda: not a.engine.kill_switch.on, timeout=10,
                             message="lifted on A")
            assert not await refused(a)
