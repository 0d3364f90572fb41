"""Hall mode: many terminals on one PostgreSQL server (or several processes on one SQLite file).

See docs/hall-mode.md. Modules are imported on demand (this package is loaded with the
store's models, so it must stay light)::

    # live events, one interface for both databases (offline_store.hall.events)
    sub = open_event_subscriber(settings.store.url, topics={"ticket"}, after_id=None, name="T-0201")
    sub.subscribe(callback)            # HallEvent(id, topic, kind, at, hall_code, terminal_id, payload, replayed)
    sub.start(); sub.online; sub.problem; sub.last_id; sub.reconnects; sub.stop()

    # yimen hall init / check (offline_store.hall.roles, .check, .cli)
    hall_init(admin_url, plan=HallPlan.numbered(kiosks=6, counters=40, displays=3), out_dir=…,
              key_file=…, backup_dir=…, hall=settings.hall, prefix="yimen", server_host=…,
              sslmode="prefer", rotate=False) -> InitResult
    hall_check(settings) -> HallCheckReport(.ok, .items, .clock_offset_s, .lines(), .to_dict())
    cli.add_arguments(subparsers); cli.run(args, settings) -> int

    # a kiosk reading the records of the resident whose card it holds (offline_store.hall.kiosk)
    present_applicant(uow, id_number=card.id_number)

    # outages (offline_store.hall.resilience)
    HallNetworkProblem(StoreError)     # raised by PostgreSQL engines once they have connected
    retry_through_network_problems(fn, deadline_s=60, backoff=Backoff(), on_problem=show)

Tables (migration 0004): ``hall_events`` (written by triggers only), ``hall_terminals``.
"""
