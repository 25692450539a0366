#include "petition/warningpanel.h"

#include "common/isotime.h"
#include "dialogs/dialogparts.h"
#include "models/warningmodel.h"
#include "petition/warningdialog.h"
#include "petition/warningstore.h"
#include "registry/areastore.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

WarningPanel::WarningPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("warningPanel"));
    const QDate today = session.db ? session.db->clock().today() : QDate::currentDate();
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("warningShow"));
    m_show->addItem(tr("Open warnings"), true);
    m_show->addItem(tr("All warnings"), false);
    auto* showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_show);
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("warningTownshipFilter"));
    m_township->addItem(tr("All townships"), QString());
    if (session.db)
        for (const core::Township& t : core::AreaStore(*session.db).townships())
            m_township->addItem(t.name, t.code);
    auto* townLabel = new QLabel(tr("Townsh&ip:"), this);
    townLabel->setBuddy(m_township);
    auto* report = new QPushButton(tr("&Report a warning…"), this);
    report->setObjectName(QStringLiteral("reportWarning"));
    top->addWidget(showLabel);
    top->addWidget(m_show);
    top->addWidget(townLabel);
    top->addWidget(m_township);
    top->addStretch();
    top->addWidget(report);
    layout->addLayout(top);

    m_model = new WarningModel(this);
    m_table = makeListTable(m_model, "warningTable", this);
    fitColumns(m_table, WarningModel::Expected);
    layout->addWidget(m_table, 1);
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("warningHistory"));
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_history);

    auto* form = new QFormLayout;
    m_on = new QDateEdit(today, this);
    m_on->setObjectName(QStringLiteral("warningOn"));
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("warningNote"));
    m_note->setPlaceholderText(tr("What was done, or how it was resolved"));
    m_caseId = new QLineEdit(this);
    m_caseId->setObjectName(QStringLiteral("warningCaseId"));
    m_caseId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), this));
    m_caseId->setPlaceholderText(tr("The id of the case it became, if any"));
    form->addRow(tr("&Date:"), m_on);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Became &case:"), m_caseId);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_follow = new QPushButton(tr("F&ollow up"), this);
    m_follow->setObjectName(QStringLiteral("followWarning"));
    m_resolve = new QPushButton(tr("Re&solve"), this);
    m_resolve->setObjectName(QStringLiteral("resolveWarning"));
    buttons->addWidget(m_follow);
    buttons->addWidget(m_resolve);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(m_show, &QComboBox::currentIndexChanged, this, &WarningPanel::reload);
    connect(m_township, &QComboBox::currentIndexChanged, this, &WarningPanel::reload);
    connect(report, &QPushButton::clicked, this, &WarningPanel::reportNew);
    connect(m_follow, &QPushButton::clicked, this, &WarningPanel::followUp);
    connect(m_resolve, &QPushButton::clicked, this, &WarningPanel::resolve);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WarningPanel::showChosen);
    reload();
}

void WarningPanel::reload()
{
    m_error->hide();
    if (!m_session.db)
        return;
    auto list = core::WarningStore(*m_session.db)
                    .warnings(m_show->currentData().toBool(), m_township->currentData().toString());
    if (!list) {
        m_model->setWarnings({});
        showError(m_error, list.error());
    } else {
        m_model->setWarnings(list.value());
    }
    showChosen();
}

qint64 WarningPanel::currentWarningId() const
{
    return m_model->warningAt(m_table->currentIndex().row()).id;
}

bool WarningPanel::selectWarning(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void WarningPanel::showChosen()
{
    const core::WarningReport w = m_model->warningAt(m_table->currentIndex().row());
    m_follow->setEnabled(w.id != 0 && !w.resolved);
    m_resolve->setEnabled(w.id != 0 && !w.resolved);
    if (w.id == 0) {
        m_history->clear();
        return;
    }
    QStringList lines;
    auto follow = core::WarningStore(*m_session.db).followUps(w.id);
    if (follow) {
        for (const core::WarningFollowUp& f : follow.value())
            lines << tr("%1 %2: %3").arg(core::toIsoDate(f.on), f.actorName, f.note);
    }
    if (w.resolved)
        lines << tr("%1 resolved: %2").arg(core::toIsoDate(w.resolvedOn), w.resolution);
    m_history->setText(lines.isEmpty() ? tr("No follow-up yet.") : lines.join(QLatin1Char('\n')));
}

void WarningPanel::reportNew()
{
    WarningDialog dialog(m_session, m_township->currentData().toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(tr("The warning is reported."));
    reload();
    selectWarning(dialog.reportedId());
}

void WarningPanel::followUp()
{
    const qint64 id = currentWarningId();
    if (core::Status s = core::WarningStore(*m_session.db)
                             .followUp(m_session.actor, id, m_on->date(), m_note->text().trimmed());
        !s) {
        showError(m_error, s.error());
        return;
    }
    m_note->clear();
    Q_EMIT statusMessage(tr("The follow-up is recorded."));
    reload();
    selectWarning(id);
}

void WarningPanel::resolve()
{
    const qint64 id = currentWarningId();
    if (core::Status s = core::WarningStore(*m_session.db)
                             .resolve(m_session.actor, id, m_on->date(), m_note->text().trimmed(),
                                      m_caseId->text().toLongLong());
        !s) {
        showError(m_error, s.error());
        return;
    }
    m_note->clear();
    m_caseId->clear();
    Q_EMIT statusMessage(tr("The warning is resolved."));
    reload();
    selectWarning(id);
}

} // namespace youfu::ui
