#include "appraisal/unitspanel.h"

#include "appraisal/appraisalstore.h"
#include "appraisal/schemerules.h"
#include "appraisal/unitadjustdialog.h"
#include "appraisal/unitevidencedialog.h"
#include "appraisal/unitindicatormodel.h"
#include "appraisal/unitoutcomemodel.h"
#include "dialogs/dialogparts.h"
#include "security/permission.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

UnitsPanel::UnitsPanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session),
      m_canManage(core::isAllowed(session.actor.roles, core::Permission::ManageAppraisal))
{
    setObjectName(QStringLiteral("appraisalUnits"));
    const QDate today = session.db ? session.db->clock().today() : QDate::currentDate();
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("unitsYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_compute = new QPushButton(tr("&Compute"), this);
    m_compute->setObjectName(QStringLiteral("computeUnits"));
    m_compute->setToolTip(tr("Compute every township's appraisal from the year's records under "
                             "the approved scheme"));
    m_compute->setVisible(m_canManage);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_compute);
    top->addStretch();
    layout->addLayout(top);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("unitsHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_outcomes = new UnitOutcomeModel(this);
    m_outcomeTable = makeListTable(m_outcomes, "unitOutcomes", this);
    fitColumns(m_outcomeTable, UnitOutcomeModel::Veto);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_indicators = new UnitIndicatorModel(this);
    m_indicatorTable = makeListTable(m_indicators, "unitIndicators", bottom);
    fitColumns(m_indicatorTable, UnitIndicatorModel::Title);
    auto* side = new QWidget(bottom);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* adjLabel = new QLabel(tr("&Adjustments:"), side);
    m_adjustments = new QListWidget(side);
    m_adjustments->setObjectName(QStringLiteral("unitAdjustments"));
    adjLabel->setBuddy(m_adjustments);
    m_add = new QPushButton(tr("Commendation or &deduction…"), side);
    m_add->setObjectName(QStringLiteral("addUnitAdjustment"));
    m_void = new QPushButton(tr("&Void…"), side);
    m_void->setObjectName(QStringLiteral("voidUnitAdjustment"));
    for (QPushButton* b : {m_add, m_void})
        b->setVisible(m_canManage);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_void);
    sideLayout->addWidget(adjLabel);
    sideLayout->addWidget(m_adjustments, 1);
    sideLayout->addLayout(buttons);
    bottomLayout->addWidget(m_indicatorTable, 3);
    bottomLayout->addWidget(side, 2);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_outcomeTable);
    split->addWidget(bottom);
    layout->addWidget(split, 1);

    connect(m_year, qOverload<int>(&QSpinBox::valueChanged), this, &UnitsPanel::reload);
    connect(m_compute, &QPushButton::clicked, this, &UnitsPanel::compute);
    connect(m_outcomeTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UnitsPanel::showTownship);
    connect(m_indicatorTable, &QTableView::activated, this, &UnitsPanel::openEvidence);
    connect(m_add, &QPushButton::clicked, this, &UnitsPanel::addAdjustment);
    connect(m_void, &QPushButton::clicked, this, &UnitsPanel::voidAdjustment);
    reload();
}

int UnitsPanel::year() const
{
    return m_year->value();
}

QString UnitsPanel::currentTownship() const
{
    const core::UnitOutcome* o = m_outcomes->outcome(m_outcomeTable->currentIndex().row());
    return o ? o->townshipCode : QString();
}

void UnitsPanel::reload()
{
    if (!m_session.db)
        return;
    m_error->hide();
    const QString keep = currentTownship();
    core::AppraisalStore store(*m_session.db);
    auto scheme = store.approvedScheme(year());
    m_schemeIndicators = scheme ? scheme->indicators : QList<core::AppraisalIndicator>();
    auto outcomes = store.outcomes(year());
    if (!outcomes) {
        showError(m_error, outcomes.error());
        return;
    }
    m_outcomes->setOutcomes(outcomes.value());
    if (!scheme)
        m_hint->setText(scheme.error());
    else if (outcomes->isEmpty())
        m_hint->setText(m_canManage
                            ? tr("The appraisal of %1 has not been computed yet: press "
                                 "Compute.")
                                  .arg(year())
                            : tr("The appraisal of %1 has not been computed yet.").arg(year()));
    else
        m_hint->setText(tr("Double-click an indicator (or press Enter) for the records behind "
                           "its figure."));
    m_compute->setEnabled(scheme.isOk());
    int row = outcomes->isEmpty() ? -1 : 0;
    for (int i = 0; i < outcomes->size(); ++i) {
        if (outcomes->at(i).townshipCode == keep)
            row = i;
    }
    if (row >= 0)
        m_outcomeTable->setCurrentIndex(m_outcomes->index(row, 0));
    showTownship();
}

void UnitsPanel::showTownship()
{
    const core::UnitOutcome* o = m_outcomes->outcome(m_outcomeTable->currentIndex().row());
    m_indicators->setResults(o ? m_schemeIndicators : QList<core::AppraisalIndicator>(),
                             o ? o->indicators : QList<core::IndicatorResult>());
    m_adjustments->clear();
    m_add->setEnabled(o != nullptr);
    m_void->setEnabled(false);
    if (!o || !m_session.db)
        return;
    auto list = core::AppraisalStore(*m_session.db).adjustments(year(), o->townshipCode);
    if (!list) {
        showError(m_error, list.error());
        return;
    }
    for (const core::AppraisalAdjustment& a : list.value()) {
        const QString points = core::SchemeRules::pointsText(a.points);
        QString text = a.commendation ? tr("Commendation +%1: %2").arg(points, a.reason)
                                      : tr("Deduction −%1: %2").arg(points, a.reason);
        if (a.voided)
            text = tr("%1 (voided)").arg(text);
        auto* item = new QListWidgetItem(text, m_adjustments);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.voided);
        if (a.voided)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_void->setEnabled(m_adjustments->count() > 0);
}

void UnitsPanel::compute()
{
    if (!m_session.db)
        return;
    m_error->hide();
    auto r = core::AppraisalStore(*m_session.db).compute(m_session.actor, year());
    if (!r) {
        showError(m_error, r.error());
        return;
    }
    reload();
    Q_EMIT statusMessage(
        tr("Appraisal of %1 computed: %n township(s).", nullptr, int(r->size())).arg(year()));
}

void UnitsPanel::openEvidence(const QModelIndex& index)
{
    const core::UnitOutcome* o = m_outcomes->outcome(m_outcomeTable->currentIndex().row());
    if (!o || !index.isValid())
        return;
    const QString code = m_indicators->code(index.row());
    const QString title =
        m_indicators->index(index.row(), UnitIndicatorModel::Title).data().toString();
    UnitEvidenceDialog dialog(m_session.db, year(), o->townshipCode, o->townshipName, code, title,
                              this);
    dialog.exec();
}

void UnitsPanel::addAdjustment()
{
    const core::UnitOutcome* o = m_outcomes->outcome(m_outcomeTable->currentIndex().row());
    if (!o)
        return;
    UnitAdjustDialog dialog(m_session, year(), o->townshipCode, o->townshipName, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UnitsPanel::voidAdjustment()
{
    QListWidgetItem* item = m_adjustments->currentItem();
    if (!item) {
        showError(m_error, tr("Choose the commendation or deduction to void first."));
        return;
    }
    if (item->data(Qt::UserRole + 1).toBool()) {
        showError(m_error, tr("This commendation or deduction is voided already."));
        return;
    }
    UnitAdjustDialog dialog(m_session, item->data(Qt::UserRole).toLongLong(), item->text(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace youfu::ui
