#include "appraisal/schemespanel.h"

#include "appraisal/schemedialog.h"
#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "dialogs/dialogparts.h"
#include "models/recordtablemodel.h"
#include "security/permission.h"
#include "security/userstore.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
using core::SchemeKind;
using core::SchemeRules;
using core::SchemeStatus;

enum SchemeColumn
{
    YearColumn,
    KindColumn,
    TitleColumn,
    BasisColumn,
    StatusColumn,
    DraftedColumn,
    ApprovedColumn
};

QString when(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}
} // namespace

SchemesPanel::SchemesPanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session),
      m_canManage(core::isAllowed(session.actor.roles, core::Permission::ManageAppraisal)),
      m_canApprove(core::isAllowed(session.actor.roles, core::Permission::ApproveAppraisal))
{
    setObjectName(QStringLiteral("appraisalSchemes"));
    auto* layout = new QVBoxLayout(this);
    m_schemes = new RecordTableModel({tr("Year"), tr("Kind"), tr("Title"), tr("Basis document"),
                                      tr("Status"), tr("Drafted"), tr("Approved")},
                                     this);
    m_schemeTable = makeListTable(m_schemes, "schemesTable", this);
    fitColumns(m_schemeTable, BasisColumn); // titles read whole; the basis may be cut
    m_indicators = new RecordTableModel(
        {tr("Indicator"), tr("Weight (points)"), tr("Target"), tr("Period (days)")}, this);
    m_indicatorTable = makeListTable(m_indicators, "schemeIndicatorsTable", this);
    fitColumns(m_indicatorTable, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("schemeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(m_indicatorTable, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_schemeTable);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New scheme…"), this);
    m_new->setObjectName(QStringLiteral("newScheme"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editScheme"));
    m_approve = new QPushButton(tr("&Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveScheme"));
    m_copy = new QPushButton(tr("&Copy to next year"), this);
    m_copy->setObjectName(QStringLiteral("copyScheme"));
    for (QPushButton* b : {m_new, m_edit, m_copy}) {
        b->setVisible(m_canManage);
        buttons->addWidget(b);
    }
    m_approve->setVisible(m_canApprove);
    buttons->addWidget(m_approve);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(m_schemeTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SchemesPanel::showCurrent);
    connect(m_schemes, &QAbstractItemModel::modelReset, this, &SchemesPanel::showCurrent);
    connect(m_schemeTable, &QTableView::doubleClicked, this, [this] {
        if (m_canManage && m_edit->isEnabled())
            editScheme();
    });
    connect(m_new, &QPushButton::clicked, this, &SchemesPanel::newScheme);
    connect(m_edit, &QPushButton::clicked, this, &SchemesPanel::editScheme);
    connect(m_approve, &QPushButton::clicked, this, &SchemesPanel::approveScheme);
    connect(m_copy, &QPushButton::clicked, this, &SchemesPanel::copyToNextYear);
    showCurrent();
}

QString SchemesPanel::userName(qint64 id) const
{
    if (id <= 0)
        return QString();
    const auto u = core::UserStore(*m_session.db).byId(id);
    return u ? u->displayName : QString();
}

void SchemesPanel::reload()
{
    m_error->hide();
    if (!m_session.db)
        return;
    const qint64 keep = current().id;
    auto list = core::SchemeStore(*m_session.db).list();
    if (!list) {
        m_list.clear();
        m_schemes->setRows({});
        showError(m_error, list.error());
        return;
    }
    m_list = list.takeValue();
    QList<RecordTableModel::Row> rows;
    for (const core::AppraisalScheme& s : m_list) {
        const bool approved = s.status == SchemeStatus::Approved;
        QString drafted = QStringLiteral("%1 %2").arg(userName(s.draftedBy), when(s.draftedAt));
        if (s.copiedFrom > 0)
            drafted += tr(" (copied)");
        rows << RecordTableModel::Row{
            s.id,
            {QString::number(s.year), SchemeRules::kindTitle(s.kind), s.title, s.basis,
             approved ? tr("Approved (frozen)") : tr("Draft"), drafted.trimmed(),
             approved ? QStringLiteral("%1 %2").arg(userName(s.approvedBy), when(s.approvedAt))
                      : QString()},
            approved ? QColor() : QColor(QRgb(0x8a5a00)),
            0};
    }
    m_schemes->setRows(rows);
    if (!selectScheme(keep) && !m_list.isEmpty())
        m_schemeTable->setCurrentIndex(m_schemes->index(0, 0));
}

bool SchemesPanel::selectScheme(qint64 id)
{
    const int row = id > 0 ? m_schemes->rowOf(id) : -1;
    if (row < 0)
        return false;
    m_schemeTable->setCurrentIndex(m_schemes->index(row, 0));
    return true;
}

core::AppraisalScheme SchemesPanel::current() const
{
    const int row = m_schemeTable->currentIndex().row();
    if (row < 0 || row >= m_list.size())
        return {};
    return m_list.at(row);
}

void SchemesPanel::showCurrent()
{
    const core::AppraisalScheme s = current();
    const bool draft = s.id > 0 && s.status == SchemeStatus::Draft;
    m_edit->setEnabled(draft);
    m_edit->setToolTip(
        s.status == SchemeStatus::Approved
            ? tr("An approved scheme is frozen; copy it to another year to change it.")
            : QString());
    m_approve->setEnabled(draft && s.draftedBy != m_session.actor.userId);
    m_approve->setToolTip(draft && s.draftedBy == m_session.actor.userId
                              ? tr("Whoever drafted a scheme cannot approve it.")
                              : QString());
    m_copy->setEnabled(s.id > 0);
    if (s.id <= 0) {
        m_summary->setText(m_list.isEmpty() ? tr("No appraisal scheme yet.") : QString());
        m_indicators->setRows({});
        return;
    }
    const bool staff = s.kind == SchemeKind::Staff;
    QStringList grades;
    for (auto [grade, at] :
         {std::pair{core::Grade::Excellent, s.excellentAt}, std::pair{core::Grade::Good, s.goodAt},
          std::pair{core::Grade::Pass, s.passAt}})
        grades << tr("%1 from %2")
                      .arg(SchemeRules::gradeTitle(grade, s.kind), SchemeRules::pointsText(at));
    grades << tr("%1 below %2")
                  .arg(SchemeRules::gradeTitle(core::Grade::Fail, s.kind),
                       SchemeRules::pointsText(s.passAt));
    QString text = tr("Grades: %1.").arg(grades.join(tr(", ")));
    if (!staff) {
        QStringList vetoes;
        if (s.vetoGroup)
            vetoes << tr("group petition");
        if (s.vetoBeyondLevel)
            vetoes << tr("beyond-level petition");
        if (s.vetoSeriousEffect)
            vetoes << tr("case of serious effect");
        text += QLatin1Char(' ') + (vetoes.isEmpty()
                                        ? tr("No one-vote veto.")
                                        : tr("One-vote veto: %1.").arg(vetoes.join(tr(", "))));
    }
    m_summary->setText(text);
    QList<RecordTableModel::Row> rows;
    for (const core::AppraisalIndicator& i : s.indicators)
        rows << RecordTableModel::Row{
            i.id,
            {SchemeRules::shownTitle(i), SchemeRules::pointsText(i.weight),
             SchemeRules::isRate(i.code) ? SchemeRules::permilleText(i.target)
                                         : QString::number(i.target),
             i.days > 0 ? QString::number(i.days) : QStringLiteral("—")},
            QColor(),
            0};
    m_indicators->setRows(rows);
}

void SchemesPanel::newScheme()
{
    core::SchemeStore store(*m_session.db);
    core::AppraisalScheme s;
    s.year = m_session.db->clock().today().year();
    s.kind = SchemeKind::Unit;
    // The first kind and year that has no scheme yet.
    for (int year : {s.year, s.year + 1}) {
        const auto unit = store.forYear(year, SchemeKind::Unit);
        const auto staff = store.forYear(year, SchemeKind::Staff);
        if (unit && unit->id == 0) {
            s.year = year;
            break;
        }
        if (staff && staff->id == 0) {
            s.year = year;
            s.kind = SchemeKind::Staff;
            break;
        }
    }
    SchemeDialog d(m_session, s, this);
    if (d.exec() != QDialog::Accepted)
        return;
    reload();
    selectScheme(d.savedId());
    Q_EMIT statusMessage(tr("The draft scheme is saved."));
}

void SchemesPanel::editScheme()
{
    const core::AppraisalScheme s = current();
    if (s.id <= 0) {
        showError(m_error, tr("Choose the scheme to edit."));
        return;
    }
    SchemeDialog d(m_session, s, this);
    if (d.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT statusMessage(tr("The draft scheme is saved."));
}

void SchemesPanel::approveScheme()
{
    const core::AppraisalScheme s = current();
    if (s.id <= 0) {
        showError(m_error, tr("Choose the scheme to approve."));
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Approve the scheme"),
        tr("Approve “%1”?\n\nOnce approved the scheme is frozen: nobody can change its "
           "indicators, weights, thresholds or vetoes any more. A later year copies it and "
           "changes the copy.")
            .arg(s.title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const core::Status st = core::SchemeStore(*m_session.db).approve(m_session.actor, s.id);
    if (!st) {
        showError(m_error, st.error());
        return;
    }
    reload();
    Q_EMIT statusMessage(tr("“%1” is approved and frozen.").arg(s.title));
}

void SchemesPanel::copyToNextYear()
{
    const core::AppraisalScheme s = current();
    if (s.id <= 0) {
        showError(m_error, tr("Choose the scheme to copy."));
        return;
    }
    auto id = core::SchemeStore(*m_session.db).copyToYear(m_session.actor, s.id, s.year + 1);
    if (!id) {
        showError(m_error, id.error());
        return;
    }
    reload();
    selectScheme(id.value());
    Q_EMIT statusMessage(tr("The scheme is copied to %1 as a draft.").arg(s.year + 1));
}

} // namespace youfu::ui
