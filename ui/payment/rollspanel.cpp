#include "payment/rollspanel.h"

#include "common/isotime.h"
#include "dialogs/dialogparts.h"
#include "dialogs/exportdialog.h"
#include "io/listexports.h"
#include "models/paymentlinemodel.h"
#include "models/recordtablemodel.h"
#include "payment/bankfilestore.h"
#include "payment/decisiondialog.h"
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"
#include "payment/paymentstore.h"
#include "payment/paymentwords.h"
#include "payment/returnpreviewdialog.h"
#include "payment/rollpapers.h"
#include "policy/policyrules.h"
#include "registry/areastore.h"
#include "security/permission.h"
#include "settings/settingsstore.h"
#include "widgets/filechooser.h"
#include "widgets/listtable.h"
#include "widgets/printpreview.h"
#include "widgets/tablecolumns.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
using core::PaymentRules;
using core::Permission;
using core::PolicyRules;
using core::RollState;
} // namespace

RollsPanel::RollsPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("rollsPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* buttonBox = new QWidget(this);
    buildButtons(buttonBox);
    layout->addWidget(buttonBox);

    m_rollModel =
        new RecordTableModel({tr("Month"), tr("Kind"), tr("Title"), tr("State"), tr("Lines"),
                              tr("Total (yuan)"), tr("Held"), tr("Paid"), tr("Failed")},
                             this);
    m_rollView = makeListTable(m_rollModel, "rollView", this);
    fitColumns(m_rollView, 2);

    auto* linesBox = new QWidget(this);
    auto* lv = new QVBoxLayout(linesBox);
    lv->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_township = new QComboBox(linesBox);
    m_township->setObjectName(QStringLiteral("lineTownshipFilter"));
    m_township->addItem(tr("All townships"), QString());
    for (const core::Township& t : core::AreaStore(*session.db).townships())
        m_township->addItem(t.name, t.code);
    auto* townshipLabel = new QLabel(tr("To&wnship:"), linesBox);
    townshipLabel->setBuddy(m_township);
    m_text = new QLineEdit(linesBox);
    m_text->setObjectName(QStringLiteral("lineSearch"));
    m_text->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Name or full citizen ID"));
    auto* textLabel = new QLabel(tr("Te&xt:"), linesBox);
    textLabel->setBuddy(m_text);
    m_problems = new QCheckBox(tr("&Only problems"), linesBox);
    m_problems->setObjectName(QStringLiteral("lineProblemsOnly"));
    m_problems->setToolTip(tr("Held or failed lines not yet re-issued"));
    m_lineCount = new QLabel(linesBox);
    m_lineCount->setObjectName(QStringLiteral("lineCount"));
    filters->addWidget(townshipLabel);
    filters->addWidget(m_township);
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_problems);
    filters->addWidget(m_lineCount);
    lv->addLayout(filters);
    m_lines = new PaymentLineModel(*session.db, this);
    m_lineView = makeListTable(m_lines, "lineView", linesBox);
    fitColumns(m_lineView, PaymentLineModel::Note);
    lv->addWidget(m_lineView, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_rollView);
    split->addWidget(linesBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("rollResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(m_rollView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showLines();
        updateButtons();
    });
    connect(m_township, &QComboBox::currentIndexChanged, this, &RollsPanel::showLines);
    connect(m_problems, &QCheckBox::toggled, this, &RollsPanel::showLines);
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &RollsPanel::showLines);
    connect(m_lineView, &QTableView::doubleClicked, this, &RollsPanel::showChosenLine);
    connect(m_lineView, &QTableView::activated, this, &RollsPanel::showChosenLine);
}

void RollsPanel::buildButtons(QWidget* box)
{
    const core::Roles roles = m_session.actor.roles;
    const bool manage = core::isAllowed(roles, Permission::ManagePayments);
    const bool signs = core::isAllowed(roles, Permission::ReviewApplication) ||
                       core::isAllowed(roles, Permission::ApproveApplication);
    // Two rows, so that the page fits 1280 pixels in any language: the roll's own steps,
    // then the bank's.
    auto* rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* steps = new QHBoxLayout;
    auto* bank = new QHBoxLayout;
    rows->addLayout(steps);
    rows->addLayout(bank);
    auto button = [box](QHBoxLayout* row, const QString& text, const char* name, bool visible) {
        auto* b = new QPushButton(text, box);
        b->setObjectName(QLatin1String(name));
        b->setVisible(visible);
        row->addWidget(b);
        return b;
    };
    m_draft = button(steps, tr("&Draft a month's roll…"), "draftRoll", manage);
    m_submit = button(steps, tr("&Submit"), "submitRoll", manage);
    m_sign = button(steps, tr("Si&gn…"), "signRoll", signs);
    m_cancel = button(steps, tr("Ca&ncel roll…"), "cancelRoll", manage);
    steps->addStretch(1);
    m_print = button(steps, tr("&Print summary…"), "printRollSummary", true);
    m_export = button(steps, tr("&Export…"), "exportRoll", true);
    m_bankFile = button(bank, tr("&Bank file…"), "writeBankFile",
                        core::isAllowed(roles, Permission::ExportBankFile));
    m_return = button(bank, tr("Import bank &result…"), "importReturn", manage);
    m_reissue = button(bank, tr("Re-&issue roll"), "draftReissue", manage);
    bank->addStretch(1);
    m_submit->setToolTip(tr("Send the roll to the section chief and the director"));
    m_reissue->setToolTip(tr("Pay again the failed and held lines whose account is now fixed"));
    connect(m_draft, &QPushButton::clicked, this, &RollsPanel::draftRoll);
    connect(m_submit, &QPushButton::clicked, this, &RollsPanel::submitRoll);
    connect(m_sign, &QPushButton::clicked, this, &RollsPanel::signRoll);
    connect(m_cancel, &QPushButton::clicked, this, &RollsPanel::cancelRoll);
    connect(m_bankFile, &QPushButton::clicked, this, &RollsPanel::writeBankFile);
    connect(m_return, &QPushButton::clicked, this, &RollsPanel::importReturn);
    connect(m_reissue, &QPushButton::clicked, this, &RollsPanel::draftReissue);
    connect(m_print, &QPushButton::clicked, this, &RollsPanel::printSummary);
    connect(m_export, &QPushButton::clicked, this, &RollsPanel::exportRoll);
}

void RollsPanel::reload()
{
    const qint64 chosen = currentRollId();
    auto read = core::PaymentListStore(*m_session.db).rolls();
    m_error->hide();
    if (!read)
        reportError(read.error());
    m_rolls = read ? read.value() : QList<core::PaymentRoll>();
    QList<RecordTableModel::Row> rows;
    for (const core::PaymentRoll& r : m_rolls) {
        const bool attention = r.failedCount > 0 || r.state == RollState::Returned;
        rows << RecordTableModel::Row{
            r.id,
            {PaymentRules::monthKey(r.month),
             r.kind == core::RollKind::Reissue ? tr("Re-issue") : tr("Regular"), r.title,
             PaymentRules::rollStateTitle(r.state), QString::number(r.lineCount),
             PolicyRules::yuan(r.totalFen), QString::number(r.problemCount),
             QString::number(r.paidCount), QString::number(r.failedCount)},
            attention ? QColor(0xb0, 0x00, 0x20) : QColor(),
            0};
    }
    m_rollModel->setRows(rows);
    if (!rows.isEmpty()) {
        const int row = m_rollModel->rowOf(chosen);
        m_rollView->selectRow(row >= 0 ? row : 0);
    }
    showLines();
    updateButtons();
}

void RollsPanel::selectRoll(qint64 rollId)
{
    if (const int row = m_rollModel->rowOf(rollId); row >= 0)
        m_rollView->selectRow(row);
}

qint64 RollsPanel::currentRollId() const
{
    const int row = m_rollView->currentIndex().row();
    return row >= 0 && row < m_rollModel->rowCount() ? m_rollModel->rowAt(row).id : 0;
}

core::PaymentRoll RollsPanel::currentRoll() const
{
    const qint64 id = currentRollId();
    for (const core::PaymentRoll& r : m_rolls)
        if (r.id == id)
            return r;
    return core::PaymentRoll();
}

void RollsPanel::showLines()
{
    core::LineFilter f;
    f.rollId = currentRollId();
    f.townshipCode = m_township->currentData().toString();
    f.text = m_text->text().trimmed();
    f.problemsOnly = m_problems->isChecked();
    m_lines->setFilter(f);
    m_lineCount->setText(f.rollId <= 0 ? QString()
                         : !m_lines->lastError().isEmpty()
                             ? m_lines->lastError()
                             : tr("%n line(s)", nullptr, m_lines->totalCount()));
}

void RollsPanel::updateButtons()
{
    const core::PaymentRoll r = currentRoll();
    const bool any = r.id > 0;
    const bool open = any && (r.state == RollState::Draft || r.state == RollState::Returned);
    m_submit->setEnabled(open);
    m_cancel->setEnabled(open);
    m_sign->setEnabled(any && r.state == RollState::Pending);
    m_bankFile->setEnabled(any && r.state == RollState::Approved && r.pendingCount > 0);
    m_return->setEnabled(any && r.state == RollState::Approved);
    m_print->setEnabled(any);
    m_export->setEnabled(any);
}

void RollsPanel::reportError(const QString& message)
{
    showError(m_error, message);
    Q_EMIT statusMessage(message);
}

void RollsPanel::done(qint64 rollId, const QString& message)
{
    m_error->hide();
    m_result->setText(message);
    m_result->show();
    reload();
    if (rollId > 0)
        selectRoll(rollId);
    Q_EMIT statusMessage(message);
}

bool RollsPanel::draftRoll()
{
    const QDate today = m_session.db->clock().today();
    const QDate thisMonth = PaymentRules::monthOf(today);
    DecisionDialog dlg(tr("Draft a month's roll"),
                       tr("Everybody owed anything that month, from the registry, the "
                          "approvals and the policy book."),
                       this);
    dlg.setObjectName(QStringLiteral("draftRollDialog"));
    QList<QPair<QString, int>> months;
    for (int n = 1; n >= -12; --n) {
        const QDate m = PaymentRules::addMonths(thisMonth, n);
        months << qMakePair(PaymentRules::monthTitle(m), m.year() * 100 + m.month());
    }
    dlg.setDecisions(tr("&Month:"), months);
    dlg.decisionBox()->setCurrentIndex(1); // this month
    if (dlg.exec() != QDialog::Accepted)
        return false;
    const int key = dlg.decisionBox()->currentData().toInt();
    return draftRollFor(QDate(key / 100, key % 100, 1));
}

bool RollsPanel::draftRollFor(const QDate& month)
{
    QProgressDialog progress(tr("Drafting the roll of %1…").arg(PaymentRules::monthTitle(month)),
                             tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("draftProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto made = core::PaymentStore(*m_session.db)
                    .draftRoll(m_session.actor, month, [&progress](int permille) {
                        progress.setValue(permille);
                        QApplication::processEvents();
                        return !progress.wasCanceled();
                    });
    progress.reset();
    if (!made) {
        reportError(made.error());
        return false;
    }
    const core::RollDraftResult& r = made.value();
    QString message = tr("Roll of %1 drafted: %n line(s), %2 yuan", nullptr, r.lines)
                          .arg(PaymentRules::monthTitle(month), PolicyRules::yuan(r.totalFen));
    message += tr("; %1 held, %2 month(s) of back pay, %3 recovery(ies) proposed.")
                   .arg(r.held)
                   .arg(r.backPayItems)
                   .arg(r.recoveries);
    if (!r.problems.isEmpty())
        message += QLatin1Char(' ') + r.problems.join(QStringLiteral("；"));
    done(r.rollId, message);
    return true;
}

bool RollsPanel::submitRoll()
{
    const core::PaymentRoll r = currentRoll();
    if (r.id <= 0)
        return false;
    if (const core::Status s = core::PaymentStore(*m_session.db).submit(m_session.actor, r.id);
        !s) {
        reportError(s.error());
        return false;
    }
    done(r.id, tr("%1 submitted for review.").arg(r.title));
    return true;
}

bool RollsPanel::signRoll()
{
    const core::PaymentRoll r = currentRoll();
    if (r.id <= 0)
        return false;
    DecisionDialog dlg(tr("Sign the roll"),
                       tr("%1: %n line(s), %2 yuan.", nullptr, r.lineCount)
                           .arg(r.title, PolicyRules::yuan(r.totalFen)),
                       this);
    dlg.setObjectName(QStringLiteral("signRollDialog"));
    dlg.setDecisions(tr("&Decision:"),
                     {{tr("Approve"), int(core::StepDecision::Approve)},
                      {tr("Return to the clerk"), int(core::StepDecision::Return)},
                      {tr("Reject"), int(core::StepDecision::Reject)}});
    dlg.setText(tr("&Opinion:"), false);
    Session& s = m_session;
    dlg.setAct([&s, id = r.id](const DecisionDialog::Values& v) {
        return core::PaymentStore(*s.db).sign(s.actor, id, core::StepDecision(v.decision), v.text);
    });
    if (dlg.exec() != QDialog::Accepted)
        return false;
    done(r.id, tr("%1 signed: %2.").arg(r.title, dlg.decisionBox()->currentText()));
    return true;
}

bool RollsPanel::cancelRoll()
{
    const core::PaymentRoll r = currentRoll();
    if (r.id <= 0)
        return false;
    DecisionDialog dlg(tr("Cancel the roll"),
                       tr("%1 is given up; its lines stay, unpaid.").arg(r.title), this);
    dlg.setObjectName(QStringLiteral("cancelRollDialog"));
    dlg.setText(tr("&Reason:"), true);
    Session& s = m_session;
    dlg.setAct([&s, id = r.id](const DecisionDialog::Values& v) {
        return core::PaymentStore(*s.db).cancelRoll(s.actor, id, v.text);
    });
    if (dlg.exec() != QDialog::Accepted)
        return false;
    done(r.id, tr("%1 cancelled.").arg(r.title));
    return true;
}

bool RollsPanel::writeBankFile()
{
    const core::PaymentRoll r = currentRoll();
    auto templates = core::PaymentListStore(*m_session.db).templates();
    if (!templates) {
        reportError(templates.error());
        return false;
    }
    QList<core::BankTemplate> active;
    QStringList names;
    for (const core::BankTemplate& t : templates.value())
        if (t.active) {
            active << t;
            names << QStringLiteral("%1（%2）").arg(t.name, t.bankName);
        }
    if (r.id <= 0 || active.isEmpty()) {
        reportError(tr("There is no bank template yet: add one on the Bank templates tab."));
        return false;
    }
    int chosen = 0;
    if (active.size() > 1) {
        bool ok = false;
        const QString picked = QInputDialog::getItem(
            this, tr("Bank file"), tr("Which bank's template?"), names, 0, false, &ok);
        if (!ok)
            return false;
        chosen = int(names.indexOf(picked));
    }
    const core::BankTemplate& t = active.at(std::max(0, chosen));
    const QString name =
        QStringLiteral("%1-%2.%3")
            .arg(r.title, t.bankName, t.xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    const QString path = chooseSaveFile(this, tr("Save the bank file"), QDir::home().filePath(name),
                                        t.xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV (*.csv)"));
    return !path.isEmpty() && writeBankFileTo(t.id, path);
}

bool RollsPanel::writeBankFileTo(qint64 templateId, const QString& path)
{
    const core::PaymentRoll r = currentRoll();
    auto written =
        core::BankFileStore(*m_session.db).writeBankFile(m_session.actor, r.id, templateId, path);
    if (!written) {
        reportError(written.error());
        return false;
    }
    done(r.id,
         tr("Bank file written: %1, %n line(s), %2 yuan. SHA-256: %3", nullptr, written->lines)
             .arg(QDir::toNativeSeparators(path), PolicyRules::yuan(written->totalFen),
                  written->sha256));
    return true;
}

bool RollsPanel::importReturn()
{
    if (currentRollId() <= 0)
        return false;
    const QString path =
        chooseOpenFile(this, tr("The bank's result file"), QDir::homePath(),
                       tr("Bank result files (*.xlsx *.xls *.csv *.txt);;All files (*)"));
    return !path.isEmpty() && importReturnFrom(path, QFileInfo(path).lastModified().date());
}

bool RollsPanel::importReturnFrom(const QString& path, const QDate& fileDate)
{
    const core::PaymentRoll r = currentRoll();
    auto preview =
        core::BankFileStore(*m_session.db).previewReturn(m_session.actor, r.id, path, fileDate);
    if (!preview) {
        reportError(preview.error());
        return false;
    }
    ReturnPreviewDialog dlg(m_session, preview.takeValue(), this);
    if (dlg.exec() != QDialog::Accepted)
        return false;
    const core::BankReturnSummary& s = dlg.summary();
    done(r.id, tr("Bank result recorded: %1 paid, %2 failed, %3 not matched.")
                   .arg(s.paid)
                   .arg(s.failed)
                   .arg(s.unmatched + s.ambiguous + s.duplicate));
    return true;
}

bool RollsPanel::draftReissue()
{
    const QDate month = PaymentRules::monthOf(m_session.db->clock().today());
    auto made = core::PaymentStore(*m_session.db).draftReissue(m_session.actor, month);
    if (!made) {
        reportError(made.error());
        return false;
    }
    done(made->rollId, tr("Re-issue roll drafted: %n line(s), %1 yuan.", nullptr, made->lines)
                           .arg(PolicyRules::yuan(made->totalFen)));
    return true;
}

void RollsPanel::printSummary()
{
    const qint64 id = currentRollId();
    const core::PaymentListStore store(*m_session.db);
    auto roll = store.roll(id);
    auto rows = store.summary(id);
    core::LineFilter f;
    f.rollId = id;
    f.problemsOnly = true;
    auto problems = store.linesPage(f, 0, 1000);
    if (!roll || !rows || !problems) {
        reportError(!roll ? roll.error() : !rows ? rows.error() : problems.error());
        return;
    }
    const core::OfficialDocument doc =
        core::RollPapers::summaryDocument(roll.value(), rows.value(), problems.value(),
                                          core::SettingsStore(*m_session.db).officeName());
    showPrintPreview(this, doc, roll->title + tr("-summary.pdf"));
}

bool RollsPanel::exportRoll()
{
    const core::PaymentRoll r = currentRoll();
    if (r.id <= 0)
        return false;
    core::ListExportRequest request;
    request.list = core::ExportList::PaymentRoll;
    request.paymentLines = m_lines->filter();
    request.paymentLines.rollId = r.id;
    QStringList words;
    if (m_township->currentIndex() > 0)
        words << m_township->currentText();
    if (!m_text->text().trimmed().isEmpty())
        words << tr("“%1”").arg(m_text->text().trimmed());
    if (m_problems->isChecked())
        words << tr("problems only");
    request.subtitle = words.join(tr("; "));
    return ExportDialog::exportList(this, m_session, request, r.title);
}

void RollsPanel::showChosenLine()
{
    const core::PaymentLine line = m_lines->rowAt(m_lineView->currentIndex().row());
    if (line.id > 0)
        showPaymentLineItems(this, *m_session.db, line);
}

} // namespace youfu::ui
