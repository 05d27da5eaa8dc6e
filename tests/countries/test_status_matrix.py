"""The Countries page's Status column says what the Priorities matrix says (one core function places both)."""

from __future__ import annotations

from regionmgr.core.countries import region as core
from regionmgr.core.tasks.matrix import load_matrix
from regionmgr.ui.common.quadrants import quadrant_title
from regionmgr.ui.countries.country_models import OpenTasksModel


def test_status_column_agrees_with_the_matrix_on_the_sample(sample_ctx):
    matrix = load_matrix(sample_ctx.store, sample_ctx.now(), sample_ctx.zone_name)
    placed = {row.id: q for q, rows in matrix.items() for row in rows}
    model = OpenTasksModel(sample_ctx)
    checked = 0
    for country in core.list_countries(sample_ctx.store):
        model.set_country(country.id, country.timezone)
        for r, task in enumerate(model.rows):
            if task.id not in placed:
                continue  # waiting, or a split task's parent: not in the matrix
            shown = model.index(r, OpenTasksModel.COL_STATUS).data()
            assert shown == quadrant_title(placed[task.id]), task.title
            checked += 1
    assert checked >= 5
