#include "widgets/personcarepanel.h"

#include "care/carerules.h"
#include "care/personcarestore.h"
#include "models/recordtablemodel.h"
#include "widgets/tablecolumns.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

PersonCarePanel::PersonCarePanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("personCarePanel"));
    auto* layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("personCareNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_model = new RecordTableModel({tr("Date"), tr("Kind"), tr("What"), tr("Amount (yuan)")}, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("personCareView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    fitColumns(m_view, 2);
    layout->addWidget(m_view, 1);
}

void PersonCarePanel::setPerson(qint64 personId)
{
    if (personId <= 0 || !m_session.db) {
        m_model->setRows({});
        m_note->setText(tr("Care is shown once the person is saved."));
        return;
    }
    auto events = core::PersonCareStore(*m_session.db).events(personId);
    if (!events) {
        m_model->setRows({});
        m_note->setText(events.error());
        return;
    }
    QList<RecordTableModel::Row> rows;
    for (const core::CareEvent& e : events.value()) {
        RecordTableModel::Row r;
        r.id = e.recordId;
        r.cells = {e.date.toString(Qt::ISODate), core::careEventKindTitle(e.kind), e.summary,
                   e.amountFen ? core::carerules::yuan(e.amountFen) : QString()};
        rows << r;
    }
    m_note->setText(rows.isEmpty()
                        ? tr("No recuperation, medical settlement, free clinic or temporary "
                             "assistance is recorded for this person.")
                        : tr("%n care record(s), newest first.", nullptr, int(rows.size())));
    m_model->setRows(rows);
}

} // namespace youfu::ui
