"""Acknowledge an alert from the Prefect UI: Run the `ack-alert` deployment with the alert's id."""

from __future__ import annotations

from prefect import flow, task
from pydantic import BaseModel, Field

from flows.common import app, utcnow


class Acknowledgement(BaseModel):
    alert_id: int = Field(description="the alert's id (earlywarn alerts list)")
    by: str = Field(description="who acknowledges: a counselor's name or id")


@task(name="acknowledge-alert")
def acknowledge_task(ack: Acknowledgement) -> dict:
    """Mark the alert acknowledged so it does not escalate; the case timeline records who."""
    from earlywarn.services.alerts import acknowledge

    with app().uow() as uow:
        alert = acknowledge(uow, ack.alert_id, by=ack.by, now=utcnow())
        uow.commit()
        return {"alert_id": alert.id, "acked_by": alert.acked_by, "acked_at": alert.acked_at.isoformat()}


@flow(name="acknowledge-alert", log_prints=True)
def acknowledge_flow(ack: Acknowledgement) -> dict:
    return acknowledge_task(ack)
