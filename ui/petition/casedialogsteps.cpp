// The case dialog's way: the deadline, the timeline and the steps valid in the case's status.
#include "petition/casedialog.h"

#include "appraisal/seriouseffectbar.h"
#include "common/isotime.h"
#include "dialogs/dialogparts.h"
#include "models/recordtablemodel.h"
#include "petition/petitionpapers.h"
#include "petition/petitionrules.h"
#include "petition/petitionstore.h"
#include "petition/stepdialog.h"
#include "security/userstore.h"
#include "settings/settingsstore.h"
#include "widgets/filechooser.h"
#include "widgets/listtable.h"
#include "widgets/printpreview.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
using core::CaseStatus;
using core::PetitionRules;
namespace Papers = core::PetitionPapers;

QPushButton* stepButton(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}

void select(QComboBox* c, const QVariant& v)
{
    const int i = c->findData(v);
    c->setCurrentIndex(i >= 0 ? i : 0);
}

QString badgeWords(const QDate& deadline, const QDate& today)
{
    const int left = PetitionRules::daysLeft(deadline, today);
    if (left < 0)
        return CaseDialog::tr("%n day(s) overdue", nullptr, -left);
    if (left == 0)
        return CaseDialog::tr("due today");
    return CaseDialog::tr("%n day(s) left", nullptr, left);
}
} // namespace

QWidget* CaseDialog::buildWay()
{
    auto* tab = new QWidget(this);
    auto* v = new QVBoxLayout(tab);
    m_status = new QLabel(tab);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_deadline = new QLabel(tab);
    m_deadline->setObjectName(QStringLiteral("caseDeadline"));
    m_deadline->setStyleSheet(QStringLiteral("padding: 2px 6px; border-radius: 3px;"));
    m_responsible = new QLabel(tab);
    m_responsible->setObjectName(QStringLiteral("caseResponsible"));
    m_responsible->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_status);
    top->addWidget(m_deadline);
    top->addStretch(1);
    v->addLayout(top);
    v->addWidget(m_responsible);
    m_serious = new SeriousEffectBar(m_session, tab);
    v->addWidget(m_serious);
    connect(m_serious, &SeriousEffectBar::marked, this, [this] { m_changed = true; });
    m_timeline = new RecordTableModel({tr("When"), tr("Step"), tr("Who"), tr("Opinion")}, this);
    m_timelineView = makeListTable(m_timeline, "caseTimeline", tab);
    fitColumns(m_timelineView, 3);
    v->addWidget(m_timelineView, 1);
    // The case's files: the letter, the forwarding slip, photos (kept in the scan store).
    auto* files = new QHBoxLayout;
    m_attachments = new QLabel(tab);
    m_attachments->setObjectName(QStringLiteral("caseAttachments"));
    m_attachments->setWordWrap(true);
    m_attach = stepButton(tr("Add attach&ment…"), "caseAttach", tab);
    files->addWidget(m_attachments, 1);
    files->addWidget(m_attach);
    v->addLayout(files);
    connect(m_attach, &QPushButton::clicked, this, &CaseDialog::attachFile);
    auto* buttons = new QHBoxLayout;
    m_decide = stepButton(tr("&Decide…"), "caseDecide", tab);
    m_extend = stepButton(tr("E&xtend…"), "caseExtend", tab);
    m_answer = stepButton(tr("&Answer…"), "caseAnswer", tab);
    m_returnVisit = stepButton(tr("Return &visit…"), "caseReturnVisit", tab);
    m_review = stepButton(tr("Re&quest review…"), "caseReview", tab);
    m_close = stepButton(tr("C&lose case…"), "caseClose", tab);
    m_print = stepButton(tr("&Print"), "casePrint", tab);
    auto* menu = new QMenu(m_print);
    menu->setObjectName(QStringLiteral("casePrintMenu"));
    for (Papers::Paper p : {Papers::Paper::Acceptance, Papers::Paper::NonAcceptance,
                            Papers::Paper::Extension, Papers::Paper::Opinion}) {
        QAction* a = menu->addAction(Papers::paperTitle(p));
        a->setData(int(p));
        connect(a, &QAction::triggered, this, [this, p] { print(int(p)); });
    }
    m_print->setMenu(menu);
    for (QPushButton* b : {m_decide, m_extend, m_answer, m_returnVisit, m_review, m_close})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    v->addLayout(buttons);
    connect(m_decide, &QPushButton::clicked, this, &CaseDialog::decide);
    connect(m_extend, &QPushButton::clicked, this, &CaseDialog::extend);
    connect(m_answer, &QPushButton::clicked, this, &CaseDialog::answer);
    connect(m_returnVisit, &QPushButton::clicked, this, &CaseDialog::returnVisit);
    connect(m_review, &QPushButton::clicked, this, &CaseDialog::requestReview);
    connect(m_close, &QPushButton::clicked, this, &CaseDialog::closeCase);
    return tab;
}

void CaseDialog::showWay()
{
    const core::PetitionCase& c = m_case;
    const QDate today = m_session.db->clock().today();
    m_status->setText(tr("Status: %1").arg(PetitionRules::statusTitle(c.status)));
    const core::ClockKind clock = PetitionRules::clock(c);
    const QDate deadline = c.deadline.isValid() ? c.deadline : PetitionRules::deadline(c);
    if (clock == core::ClockKind::None || !deadline.isValid()) {
        m_deadline->setText(tr("No deadline runs."));
        m_deadline->setStyleSheet(QStringLiteral("padding: 2px 6px;"));
    } else {
        const core::DeadlineBadge badge = PetitionRules::badge(deadline, today);
        m_deadline->setText(tr("%1 by %2 — %3")
                                .arg(PetitionRules::clockTitle(clock), core::chineseDate(deadline),
                                     badgeWords(deadline, today)));
        const QString colours = badge == core::DeadlineBadge::Overdue
                                    ? QStringLiteral("color: #b00020; background: #fde4e6;")
                                : badge == core::DeadlineBadge::Soon
                                    ? QStringLiteral("color: #8a5a00; background: #fff1cc;")
                                    : QStringLiteral("color: #2e6b30; background: #e3f1e4;");
        m_deadline->setStyleSheet(QStringLiteral("padding: 2px 6px; border-radius: 3px; ") +
                                  colours);
    }
    QStringList who;
    if (!c.responsibleName.isEmpty())
        who << tr("Responsible: %1").arg(c.responsibleName);
    if (!c.responsibleUnit.isEmpty())
        who << tr("unit: %1").arg(c.responsibleUnit);
    if (c.extensionDays > 0)
        who << tr("extended by %n day(s), approved by %1", nullptr, c.extensionDays)
                   .arg(c.extensionApproverName);
    if (c.satisfaction != core::Satisfaction::None)
        who << tr("return visit: %1").arg(PetitionRules::satisfactionTitle(c.satisfaction));
    m_responsible->setText(who.join(tr("; ")));
    m_serious->setCase(c.id);

    QList<RecordTableModel::Row> rows;
    for (const core::PetitionStep& s : c.steps)
        rows << RecordTableModel::Row{
            s.id,
            {s.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             PetitionRules::stepTitle(s.kind), s.actorName, s.opinion},
            QColor(),
            0};
    m_timeline->setRows(rows);
    QStringList files;
    for (const core::PetitionAttachment& a : c.attachments)
        files << QStringLiteral("%1 (%2)").arg(a.title, a.extension);
    m_attachments->setText(files.isEmpty() ? tr("No attachments.")
                                           : tr("Attachments: %1").arg(files.join(tr(", "))));
    m_attach->setVisible(canHandle() && c.id > 0);

    const bool handle = canHandle() && c.id > 0;
    const CaseStatus st = c.status;
    const bool open =
        st == CaseStatus::Accepted || st == CaseStatus::Reviewing || st == CaseStatus::Rereviewing;
    m_decide->setVisible(handle);
    m_decide->setEnabled(st == CaseStatus::Registered);
    m_extend->setVisible(c.id > 0 && (canHandle() || canExtend()));
    m_extend->setEnabled(canExtend() && st == CaseStatus::Accepted && c.extensionDays == 0);
    m_extend->setToolTip(canExtend() ? QString()
                                     : tr("Extensions are approved by the director or the "
                                          "deputy the director named."));
    m_answer->setVisible(handle);
    m_answer->setEnabled(open);
    m_returnVisit->setVisible(handle);
    m_returnVisit->setEnabled(st == CaseStatus::Answered &&
                              c.satisfaction == core::Satisfaction::None);
    m_review->setVisible(handle);
    m_review->setEnabled(st == CaseStatus::Answered || st == CaseStatus::Closed);
    m_close->setVisible(handle);
    m_close->setEnabled(st == CaseStatus::Answered);
    for (QAction* a : m_print->menu()->actions()) {
        const QString why = Papers::unavailableReason(Papers::Paper(a->data().toInt()), c);
        a->setEnabled(why.isEmpty());
        a->setToolTip(why);
    }
    m_print->setEnabled(c.id > 0);
}

void CaseDialog::afterStep(const core::Status& written, const QString& done)
{
    if (!written)
        return;
    m_changed = true;
    load(m_case.id);
    m_tabs->setCurrentIndex(1);
    m_error->setText(done);
    m_error->setStyleSheet(QStringLiteral("color: #2e6b30;"));
    m_error->show();
}

bool CaseDialog::decide()
{
    const QDate today = m_session.db->clock().today();
    StepDialog d(tr("Decide on acceptance"),
                 tr("Accept it (with who handles it), decline it with the reason, or forward it "
                    "to the competent office."),
                 this);
    auto* decision = d.addChoice(tr("&Decision:"),
                                 {{tr("Accept"), int(core::AcceptDecision::Accept)},
                                  {tr("Do not accept"), int(core::AcceptDecision::NotAccept)},
                                  {tr("Forward"), int(core::AcceptDecision::Forward)}},
                                 "stepDecision");
    d.addDate(tr("D&ate:"), today, today);
    QList<QPair<QString, QVariant>> users{{tr("(nobody)"), qint64(0)}};
    if (const auto all = core::UserStore(*m_session.db).all(); all)
        for (const core::User& u : all.value())
            if (!u.disabled)
                users << qMakePair(u.displayName, QVariant(u.id));
    auto* person = d.addChoice(tr("&Responsible person:"), users, "stepResponsible");
    select(person, m_session.actor.userId);
    auto* unit = d.addLine(tr("Responsible &unit:"), "stepUnit");
    auto* reason = d.addLine(tr("Reason or o&ffice:"), "stepReason");
    reason->setPlaceholderText(tr("why not accepted, or the office it goes to"));
    auto* opinion = d.addText(tr("&Opinion:"), "stepOpinion");
    auto refresh = [decision, person, unit, reason] {
        const bool accept = decision->currentData().toInt() == int(core::AcceptDecision::Accept);
        person->setEnabled(accept);
        unit->setEnabled(accept);
        reason->setEnabled(!accept);
    };
    connect(decision, &QComboBox::currentIndexChanged, &d, refresh);
    refresh();
    core::Status written = core::Status::failure(QString());
    d.setSaver([&] {
        const auto dec = core::AcceptDecision(decision->currentData().toInt());
        const bool accept = dec == core::AcceptDecision::Accept;
        written =
            core::PetitionStore(*m_session.db)
                .decide(
                    m_session.actor, m_case.id, dec, accept ? QString() : reason->text().trimmed(),
                    d.date(), accept ? person->currentData().toLongLong() : 0,
                    accept && person->currentIndex() > 0 ? person->currentText() : QString(),
                    accept ? unit->text().trimmed() : QString(), opinion->toPlainText().trimmed());
        return written ? QString() : written.error();
    });
    if (d.exec() != QDialog::Accepted)
        return false;
    afterStep(written, tr("Decision recorded."));
    return true;
}

bool CaseDialog::extend()
{
    if (!canExtend())
        return false;
    const QDate today = m_session.db->clock().today();
    StepDialog d(tr("Extend the answer period"),
                 tr("Once, by at most %n day(s); the petitioner is told in writing.", nullptr,
                    PetitionRules::kMaxExtensionDays),
                 this);
    auto* days = d.addDays(tr("&Days:"), 1, PetitionRules::kMaxExtensionDays,
                           PetitionRules::kMaxExtensionDays);
    d.addDate(tr("D&ate:"), today, today);
    auto* reason = d.addText(tr("&Reason:"), "stepReason");
    core::Status written = core::Status::failure(QString());
    d.setSaver([&] {
        written = core::PetitionStore(*m_session.db)
                      .extend(m_session.actor, m_case.id, days->value(),
                              reason->toPlainText().trimmed(), d.date());
        return written ? QString() : written.error();
    });
    if (d.exec() != QDialog::Accepted)
        return false;
    afterStep(written, tr("Extension approved."));
    return true;
}

bool CaseDialog::answer()
{
    const QDate today = m_session.db->clock().today();
    StepDialog d(tr("Answer the petitioner"), tr("The result, how it was given, and the text."),
                 this);
    auto* result = d.addChoice(
        tr("&Result:"),
        {{PetitionRules::resultTitle(core::AnswerResult::Solved), int(core::AnswerResult::Solved)},
         {PetitionRules::resultTitle(core::AnswerResult::Partly), int(core::AnswerResult::Partly)},
         {PetitionRules::resultTitle(core::AnswerResult::Explained),
          int(core::AnswerResult::Explained)},
         {PetitionRules::resultTitle(core::AnswerResult::Unsupported),
          int(core::AnswerResult::Unsupported)}},
        "stepResult");
    auto* way = d.addChoice(
        tr("&Way:"),
        {{PetitionRules::wayTitle(core::AnswerWay::Written), int(core::AnswerWay::Written)},
         {PetitionRules::wayTitle(core::AnswerWay::InPerson), int(core::AnswerWay::InPerson)},
         {PetitionRules::wayTitle(core::AnswerWay::Phone), int(core::AnswerWay::Phone)}},
        "stepWay");
    d.addDate(tr("D&ate:"), today, today);
    auto* text = d.addText(tr("&Text of the answer:"), "stepText");
    core::Status written = core::Status::failure(QString());
    d.setSaver([&] {
        written = core::PetitionStore(*m_session.db)
                      .answer(m_session.actor, m_case.id,
                              core::AnswerResult(result->currentData().toInt()),
                              core::AnswerWay(way->currentData().toInt()),
                              text->toPlainText().trimmed(), d.date());
        return written ? QString() : written.error();
    });
    if (d.exec() != QDialog::Accepted)
        return false;
    afterStep(written, tr("Answer recorded."));
    return true;
}

bool CaseDialog::returnVisit()
{
    const QDate today = m_session.db->clock().today();
    StepDialog d(tr("Return visit"), tr("Ask the petitioner whether they are satisfied."), this);
    QList<QPair<QString, QVariant>> items;
    for (core::Satisfaction s : {core::Satisfaction::Satisfied, core::Satisfaction::Basically,
                                 core::Satisfaction::Dissatisfied, core::Satisfaction::NoView})
        items << qMakePair(PetitionRules::satisfactionTitle(s), QVariant(int(s)));
    auto* satisfaction = d.addChoice(tr("&Satisfaction:"), items, "stepSatisfaction");
    d.addDate(tr("D&ate:"), today, today);
    auto* note = d.addText(tr("&Note:"), "stepNote");
    core::Status written = core::Status::failure(QString());
    d.setSaver([&] {
        written = core::PetitionStore(*m_session.db)
                      .returnVisit(m_session.actor, m_case.id,
                                   core::Satisfaction(satisfaction->currentData().toInt()),
                                   note->toPlainText().trimmed(), d.date());
        return written ? QString() : written.error();
    });
    if (d.exec() != QDialog::Accepted)
        return false;
    afterStep(written, tr("Return visit recorded."));
    return true;
}

bool CaseDialog::requestReview()
{
    const QDate today = m_session.db->clock().today();
    const bool rereview = m_case.reviewAnsweredOn.isValid();
    StepDialog d(rereview ? tr("Request a re-review") : tr("Request a review"),
                 tr("Within %n day(s) of the answer; the case reopens.", nullptr,
                    PetitionRules::kReviewRequestDays),
                 this);
    d.addDate(tr("D&ate:"), today, today);
    auto* reason = d.addText(tr("&Reason:"), "stepReason");
    core::Status written = core::Status::failure(QString());
    d.setSaver([&] {
        written = core::PetitionStore(*m_session.db)
                      .requestReview(m_session.actor, m_case.id, reason->toPlainText().trimmed(),
                                     d.date());
        return written ? QString() : written.error();
    });
    if (d.exec() != QDialog::Accepted)
        return false;
    afterStep(written, tr("Review requested."));
    return true;
}

bool CaseDialog::closeCase()
{
    const QDate today = m_session.db->clock().today();
    StepDialog d(tr("Close the case"), tr("A case closes with its answer and result."), this);
    d.addDate(tr("D&ate:"), today, today);
    auto* opinion = d.addText(tr("&Opinion:"), "stepOpinion");
    core::Status written = core::Status::failure(QString());
    d.setSaver([&] {
        written =
            core::PetitionStore(*m_session.db)
                .close(m_session.actor, m_case.id, opinion->toPlainText().trimmed(), d.date());
        return written ? QString() : written.error();
    });
    if (d.exec() != QDialog::Accepted)
        return false;
    afterStep(written, tr("Case closed."));
    return true;
}

void CaseDialog::print(int paper)
{
    const auto p = Papers::Paper(paper);
    const QString why = Papers::unavailableReason(p, m_case);
    if (!why.isEmpty()) {
        showError(m_error, why);
        return;
    }
    const QString office = core::SettingsStore(*m_session.db).officeName();
    const core::OfficialDocument doc =
        Papers::paper(p, office, m_case, m_session.db->clock().today());
    showPrintPreview(this, doc,
                     QStringLiteral("%1-%2.pdf").arg(Papers::paperTitle(p), m_case.number));
}

bool CaseDialog::attachFile()
{
    const QString path = chooseOpenFile(this, tr("Attach a file to the case"), QString(),
                                        tr("Scans, photos and PDF (*.jpg *.jpeg *.png *.pdf)"));
    if (path.isEmpty())
        return false;
    const core::Status s =
        core::PetitionStore(*m_session.db)
            .attach(m_session.actor, m_case.id, path, QFileInfo(path).baseName());
    if (!s) {
        showError(m_error, s.error());
        return false;
    }
    afterStep(s, tr("File attached."));
    return true;
}

} // namespace youfu::ui
