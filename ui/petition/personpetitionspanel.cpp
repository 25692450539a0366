#include "petition/personpetitionspanel.h"

#include "common/isotime.h"
#include "models/caselistmodel.h"
#include "models/recordtablemodel.h"
#include "petition/casedialog.h"
#include "petition/petitionliststore.h"
#include "petition/petitionrules.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

PersonPetitionsPanel::PersonPetitionsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("personPetitions"));
    auto* v = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("personPetitionsNote"));
    m_note->setWordWrap(true);
    v->addWidget(m_note);
    m_cases = new RecordTableModel(
        {tr("Number"), tr("Received"), tr("Subject"), tr("Status"), tr("Deadline"), tr("Summary")},
        this);
    m_view = makeListTable(m_cases, "personCases", this);
    fitColumns(m_view, 5);
    v->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this, &PersonPetitionsPanel::openChosen);
    connect(m_view, &QTableView::activated, this, &PersonPetitionsPanel::openChosen);
}

void PersonPetitionsPanel::setPerson(qint64 personId)
{
    m_personId = personId;
    QList<RecordTableModel::Row> rows;
    QString note;
    if (personId > 0) {
        const auto read =
            core::PetitionListStore(*m_session.db).casesOf(personId, m_session.db->clock().today());
        if (!read) {
            note = read.error();
        } else {
            for (const core::CaseLine& c : read.value()) {
                const bool late = c.badge == core::DeadlineBadge::Overdue;
                const bool soon = c.badge == core::DeadlineBadge::Soon;
                rows << RecordTableModel::Row{c.id,
                                              {c.number, core::toIsoDate(c.receivedOn),
                                               core::PetitionRules::subjectTitle(c.subject),
                                               core::PetitionRules::statusTitle(c.status),
                                               CaseListModel::deadlineWords(c), c.petitionerNames},
                                              late   ? QColor(0xb0, 0x00, 0x20)
                                              : soon ? QColor(0x8a, 0x5a, 0x00)
                                                     : QColor(),
                                              0};
            }
            note = rows.isEmpty() ? tr("No letters-and-visits cases name this person.")
                                  : tr("%n case(s) name this person as a petitioner. "
                                       "Double-click one to open it.",
                                       nullptr, int(rows.size()));
        }
    } else {
        note = tr("Cases show once the person is saved.");
    }
    m_cases->setRows(rows);
    m_note->setText(note);
}

void PersonPetitionsPanel::openChosen()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_cases->rowCount())
        return;
    CaseDialog dlg(m_session, m_cases->rowAt(row).id, this);
    dlg.exec();
    if (dlg.changed()) {
        setPerson(m_personId);
        Q_EMIT caseChanged();
    }
}

} // namespace youfu::ui
