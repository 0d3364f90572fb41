"""Evaluations (好差评) and the follow-ups of bad reviews (GB/T 39734-2020, 国办发〔2019〕51号)."""

from __future__ import annotations

import builtins  # the class's own list() method shadows the builtin in its annotations
from collections.abc import Iterable
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from offline_store.dml import rows_changed
from offline_store.models import Case, Evaluation, Followup, Ticket
from offline_store.records import EvaluationRecord, FollowupRecord
from offline_store.repositories._base import Repository, new_id
from offline_store.sqltypes import utc_now
from shared.domain.cases import TERMINAL_STATES
from shared.domain.errors import Conflict, NotFound, ValidationError
from shared.domain.tickets import TicketState
from shared.domain.words import words

TARGET_KINDS = ("case", "ticket")
FOLLOWUP_OPEN = "open"
FOLLOWUP_CLOSED = "closed"


class EvaluationRepository(Repository):
    def add(
        self,
        *,
        target_kind: str,
        target_no: str,
        level: int,
        channel: str,
        reasons: Iterable[str] = (),
        comment: str = "",
        is_default: bool = False,
        real_name: bool = False,
        window_no: int | None = None,
        clerk: str = "",
        at: datetime | None = None,
    ) -> EvaluationRecord:
        """Store the one review of a case (target_no = case number) or ticket (target_no = ticket id)."""
        if target_kind not in TARGET_KINDS:
            raise ValidationError(words("评价对象类型“{target_kind}”无效，应为 case 或 ticket。", target_kind=target_kind))
        if not 1 <= level <= 5:
            raise ValidationError(words("评价等级须为1-5，得到 {level}。", level=level))
        if self.get(target_kind=target_kind, target_no=target_no) is not None:
            raise Conflict(
                "该次服务已经评价过，每次服务只能评价一次。", hint="如需补充意见，请到“办不成事”反映窗口。"
            )
        record = EvaluationRecord(
            id=new_id(),
            target_kind=target_kind,
            target_no=target_no,
            level=level,
            channel=channel,
            created_at=at or utc_now(),
            reasons=tuple(reasons),
            comment=comment,
            is_default=is_default,
            real_name=real_name,
            window_no=window_no,
            clerk=clerk,
        )
        try:
            # a savepoint, so that losing the race to another device leaves our transaction usable
            with self.session.begin_nested():
                self.session.execute(
                    sa.insert(Evaluation).values(
                        id=record.id,
                        target_kind=target_kind,
                        target_no=target_no,
                        level=level,
                        reasons=list(record.reasons),
                        comment=comment,
                        channel=channel,
                        is_default=is_default,
                        real_name=real_name,
                        window_no=window_no,
                        clerk=clerk,
                        subject=self._subject(target_kind, target_no),
                        created_at=record.created_at,
                    )
                )
        except IntegrityError:
            raise Conflict("该次服务已经评价过，每次服务只能评价一次。") from None
        return record

    def _subject(self, target_kind: str, target_no: str) -> str:
        """What the figures group this review under: the ticket's category (the one it was
        served under) or the case's item code; '' for a target the store does not hold."""
        if target_kind == "ticket":
            query = sa.select(sa.func.coalesce(Ticket.target_category, Ticket.category)).where(
                Ticket.id == target_no
            )
        else:
            query = sa.select(Case.item_code).where(Case.case_no == target_no)
        return self.session.execute(query).scalar_one_or_none() or ""

    def get(self, *, target_kind: str, target_no: str) -> EvaluationRecord | None:
        row = self.session.execute(
            sa.select(Evaluation).where(
                Evaluation.target_kind == target_kind, Evaluation.target_no == target_no
            )
        ).scalar_one_or_none()
        return _record(row) if row is not None else None

    def list(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        max_level: int | None = None,
        limit: int = 500,
    ) -> list[EvaluationRecord]:
        """Newest first; ``max_level=2`` gives the 差评 (不满意, 非常不满意)."""
        q = sa.select(Evaluation).order_by(Evaluation.created_at.desc()).limit(limit)
        if since is not None:
            q = q.where(Evaluation.created_at >= since)
        if until is not None:
            q = q.where(Evaluation.created_at < until)
        if max_level is not None:
            q = q.where(Evaluation.level <= max_level)
        return [_record(r) for r in self.session.scalars(q)]

    def level_counts(self, *, since: datetime | None = None, until: datetime | None = None) -> dict[int, int]:
        q = sa.select(Evaluation.level, sa.func.count()).group_by(Evaluation.level)
        if since is not None:
            q = q.where(Evaluation.created_at >= since)
        if until is not None:
            q = q.where(Evaluation.created_at < until)
        return {level: n for level, n in self.session.execute(q)}

    def targets_without_evaluation(
        self, *, target_kind: str, finished_before: datetime, limit: int = 500
    ) -> builtins.list[str]:
        """Cases decided / tickets finished before the cutoff with no review yet (→ default 基本满意)."""
        if target_kind == "case":
            q = (
                sa.select(Case.case_no)
                .outerjoin(
                    Evaluation,
                    sa.and_(Evaluation.target_kind == "case", Evaluation.target_no == Case.case_no),
                )
                .where(
                    Evaluation.id.is_(None),
                    Case.decided_at < finished_before,
                    Case.state.in_([s.value for s in TERMINAL_STATES]),
                )
                .order_by(Case.decided_at)
            )
        elif target_kind == "ticket":
            q = (
                sa.select(Ticket.id)
                .outerjoin(
                    Evaluation, sa.and_(Evaluation.target_kind == "ticket", Evaluation.target_no == Ticket.id)
                )
                .where(
                    Evaluation.id.is_(None),
                    Ticket.finished_at < finished_before,
                    Ticket.state == TicketState.DONE.value,
                )
                .order_by(Ticket.finished_at)
            )
        else:
            raise ValidationError(words("评价对象类型“{target_kind}”无效，应为 case 或 ticket。", target_kind=target_kind))
        return list(self.session.scalars(q.limit(limit)))

    # ------------------------------------------------------------------ follow-ups
    def open_followup(
        self, *, evaluation_id: str, due_date: date, assignee: str = "", at: datetime | None = None
    ) -> FollowupRecord:
        if self.session.get(Evaluation, evaluation_id) is None:
            raise NotFound(words("找不到评价 {evaluation_id}。", evaluation_id=evaluation_id))
        if self.followup_for(evaluation_id) is not None:
            raise Conflict("该差评已有整改跟踪记录。")
        record = FollowupRecord(
            id=new_id(),
            evaluation_id=evaluation_id,
            state=FOLLOWUP_OPEN,
            due_date=due_date,
            created_at=at or utc_now(),
            assignee=assignee,
        )
        self.session.execute(
            sa.insert(Followup).values(
                id=record.id,
                evaluation_id=evaluation_id,
                state=record.state,
                due_date=due_date,
                assignee=assignee,
                resolution="",
                created_at=record.created_at,
            )
        )
        return record

    def close_followup(
        self, *, followup_id: str, resolution: str, at: datetime | None = None
    ) -> FollowupRecord:
        if not resolution.strip():
            raise ValidationError("办结差评整改须填写整改情况。")
        done = rows_changed(self.session.execute(
            sa.update(Followup)
            .where(Followup.id == followup_id, Followup.state == FOLLOWUP_OPEN)
            .values(state=FOLLOWUP_CLOSED, resolution=resolution, closed_at=at or utc_now())
            .execution_options(synchronize_session=False)
        ))
        if done != 1:
            if self.session.get(Followup, followup_id) is None:
                raise NotFound(words("找不到整改记录 {followup_id}。", followup_id=followup_id))
            raise Conflict("该整改记录已经办结。")
        return self._followup(followup_id)

    def assign_followup(self, *, followup_id: str, assignee: str) -> FollowupRecord:
        self.session.execute(
            sa.update(Followup)
            .where(Followup.id == followup_id)
            .values(assignee=assignee)
            .execution_options(synchronize_session=False)
        )
        return self._followup(followup_id)

    def followup_for(self, evaluation_id: str) -> FollowupRecord | None:
        row = self.session.execute(
            sa.select(Followup)
            .where(Followup.evaluation_id == evaluation_id)
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()
        return _followup(row) if row is not None else None

    def followups(self, *, state: str | None = None, due_before: date | None = None) -> builtins.list[FollowupRecord]:
        q = sa.select(Followup).order_by(Followup.due_date, Followup.created_at)
        if state is not None:
            q = q.where(Followup.state == state)
        if due_before is not None:
            q = q.where(Followup.due_date < due_before)
        return [_followup(r) for r in self.session.scalars(q.execution_options(populate_existing=True))]

    def followups_with_reviews(
        self, *, include_closed: bool = False
    ) -> builtins.list[tuple[FollowupRecord, EvaluationRecord]]:
        """Each follow-up with the review it answers: open ones first, then by due date."""
        q = (
            sa.select(Followup, Evaluation)
            .join(Evaluation, Evaluation.id == Followup.evaluation_id)
            .order_by(Followup.state.desc(), Followup.due_date, Followup.created_at)
        )
        if not include_closed:
            q = q.where(Followup.state != FOLLOWUP_CLOSED)
        return [(_followup(f), _record(e)) for f, e in self.session.execute(q)]

    def _followup(self, followup_id: str) -> FollowupRecord:
        row = self.session.execute(
            sa.select(Followup).where(Followup.id == followup_id).execution_options(populate_existing=True)
        ).scalar_one_or_none()
        if row is None:
            raise NotFound(words("找不到整改记录 {followup_id}。", followup_id=followup_id))
        return _followup(row)


def _record(r: Evaluation) -> EvaluationRecord:
    return EvaluationRecord(
        id=r.id,
        target_kind=r.target_kind,
        target_no=r.target_no,
        level=r.level,
        channel=r.channel,
        created_at=r.created_at,
        reasons=tuple(r.reasons or ()),
        comment=r.comment,
        is_default=r.is_default,
        real_name=r.real_name,
        window_no=r.window_no,
        clerk=r.clerk,
    )


def _followup(r: Followup) -> FollowupRecord:
    return FollowupRecord(
        id=r.id,
        evaluation_id=r.evaluation_id,
        state=r.state,
        due_date=r.due_date,
        created_at=r.created_at,
        assignee=r.assignee,
        resolution=r.resolution,
        closed_at=r.closed_at,
    )
