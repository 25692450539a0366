#include "appraisal/staffpanel.h"

#include "appraisal/schemerules.h"
#include "appraisal/staffpapers.h"
#include "appraisal/staffstepdialog.h"
#include "appraisal/staffstore.h"
#include "appraisal/stafftargetsdialog.h"
#include "dialogs/dialogparts.h"
#include "models/recordtablemodel.h"
#include "security/permission.h"
#include "settings/settingsstore.h"
#include "widgets/listtable.h"
#include "widgets/printpreview.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
using core::SchemeKind;
using core::SchemeRules;

QString gradeText(const core::StaffRow& r)
{
    if (!r.appraisal.isGraded())
        return QString();
    const QString title = SchemeRules::gradeTitle(r.appraisal.grade, SchemeKind::Staff);
    return core::StaffRules::gradedByLevelAbove(r.member)
               ? StaffPanel::tr("%1 (level above)").arg(title)
               : title;
}

QString postText(const core::Roles& roles)
{
    return core::roleTitles(roles & (core::Role::Clerk | core::Role::SectionChief |
                                     core::Role::Inspector | core::Role::Director));
}
} // namespace

StaffPanel::StaffPanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session),
      m_canManage(core::isAllowed(session.actor.roles, core::Permission::ManageAppraisal)),
      m_canApprove(core::isAllowed(session.actor.roles, core::Permission::ApproveAppraisal)),
      m_isStaff(core::StaffRules::isStaff(session.actor.roles))
{
    setObjectName(QStringLiteral("appraisalStaff"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("staffYear"));
    m_year->setRange(2000, 2100);
    m_year->setKeyboardTracking(false); // one reload per year typed, not per digit
    m_year->setValue(session.db ? session.db->clock().today().year() : 2026);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_scheme = new QLabel(this);
    m_scheme->setObjectName(QStringLiteral("staffScheme"));
    m_scheme->setWordWrap(true);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_scheme, 1);
    layout->addLayout(top);
    auto* rule = new QLabel(
        tr("Nobody appraises themselves. Each person writes their own self-assessment, the "
           "section chief gives an opinion, the director grades. A director is graded by the "
           "level above; the section chief records that grade with the level above's paper."),
        this);
    rule->setObjectName(QStringLiteral("staffRule"));
    rule->setWordWrap(true);
    rule->setStyleSheet(QStringLiteral("color: #5a6b82;"));
    layout->addWidget(rule);

    m_staffModel =
        new RecordTableModel({tr("Name"), tr("Post"), tr("Computed points"), tr("Self-assessment"),
                              tr("Chief's opinion"), tr("Director's grade"), tr("Form printed")},
                             this);
    m_staffTable = makeListTable(m_staffModel, "staffTable", this);
    m_staffTable->horizontalHeader()->setStretchLastSection(true);
    m_targetsModel = new RecordTableModel(
        {tr("Indicator"), tr("Target"), tr("Weight"), tr("Why adjusted")}, this);
    m_targetsTable = makeListTable(m_targetsModel, "staffTargetsTable", this);
    m_targetsTable->horizontalHeader()->setStretchLastSection(true);
    m_resultsModel = new RecordTableModel(
        {tr("Indicator"), tr("Numerator"), tr("Denominator"), tr("Achieved"), tr("Score")}, this);
    m_resultsTable = makeListTable(m_resultsModel, "staffResultsTable", this);
    m_resultsTable->horizontalHeader()->setStretchLastSection(true);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_targetsTable);
    lower->addWidget(m_resultsTable);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_staffTable);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("staffDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    auto* buttons = new QHBoxLayout;
    auto makeButton = [&](const QString& text, const char* name, bool visible) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setVisible(visible);
        buttons->addWidget(b);
        return b;
    };
    m_adjust = makeButton(tr("Adj&ust targets…"), "staffAdjustTargets", m_canManage);
    m_print = makeButton(tr("&Responsibility form…"), "staffPrintPledge", m_canManage);
    m_compute = makeButton(tr("&Compute"), "staffCompute", m_canManage);
    m_self = makeButton(tr("&Self-assessment…"), "staffSelf", m_isStaff);
    m_opinion = makeButton(tr("Chief's &opinion…"), "staffOpinion", m_canManage);
    m_grade = makeButton(tr("Director's &grade…"), "staffGrade", m_canApprove);
    m_fromAbove =
        makeButton(tr("Record the &level above's grade…"), "staffGradeFromAbove", m_canManage);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(m_year, &QSpinBox::valueChanged, this, &StaffPanel::reload);
    connect(m_staffTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StaffPanel::showPerson);
    connect(m_adjust, &QPushButton::clicked, this, &StaffPanel::adjustTargets);
    connect(m_print, &QPushButton::clicked, this, &StaffPanel::printPledge);
    connect(m_compute, &QPushButton::clicked, this, &StaffPanel::compute);
    connect(m_self, &QPushButton::clicked, this, &StaffPanel::writeSelf);
    connect(m_opinion, &QPushButton::clicked, this, &StaffPanel::writeOpinion);
    connect(m_grade, &QPushButton::clicked, this, [this] { grade(false); });
    connect(m_fromAbove, &QPushButton::clicked, this, [this] { grade(true); });
    updateButtons();
}

int StaffPanel::year() const
{
    return m_year->value();
}

void StaffPanel::setYear(int year)
{
    m_year->setValue(year);
}

void StaffPanel::reload()
{
    m_error->hide();
    const qint64 keep = selectedUserId();
    m_rows.clear();
    QList<RecordTableModel::Row> rows;
    if (m_session.db) {
        core::StaffStore store(*m_session.db);
        auto scheme = store.scheme(year());
        if (!scheme) {
            m_scheme->setText(scheme.error());
        } else {
            m_scheme->setText(tr("%1 — approved; excellent from %2, competent from %3, "
                                 "basically competent from %4 points.")
                                  .arg(scheme->title, SchemeRules::pointsText(scheme->excellentAt),
                                       SchemeRules::pointsText(scheme->goodAt),
                                       SchemeRules::pointsText(scheme->passAt)));
            auto list = store.rows(year());
            if (!list)
                fail(list.error());
            else
                m_rows = list.value();
        }
    }
    for (const core::StaffRow& r : m_rows) {
        RecordTableModel::Row row;
        row.id = r.member.userId;
        row.cells << r.member.name << postText(r.member.roles)
                  << (r.points >= 0 ? SchemeRules::pointsText(r.points) : tr("not computed"))
                  << (r.appraisal.hasSelf() ? tr("written") : tr("not yet"))
                  << (r.appraisal.hasOpinion() ? r.appraisal.chiefName : QString()) << gradeText(r)
                  << (r.appraisal.pledgePrintedAt.isValid()
                          ? r.appraisal.pledgePrintedAt.toLocalTime().date().toString(Qt::ISODate)
                          : QString());
        rows << row;
    }
    m_staffModel->setRows(rows);
    if (!selectUser(keep) && !m_rows.isEmpty())
        selectUser(m_rows.first().member.userId);
    showPerson();
}

bool StaffPanel::selectUser(qint64 userId)
{
    const int row = m_staffModel->rowOf(userId);
    if (row < 0)
        return false;
    m_staffTable->setCurrentIndex(m_staffModel->index(row, 0));
    m_staffTable->selectRow(row);
    return true;
}

qint64 StaffPanel::selectedUserId() const
{
    const core::StaffRow* r = selectedRow();
    return r ? r->member.userId : 0;
}

const core::StaffRow* StaffPanel::selectedRow() const
{
    const QModelIndex current = m_staffTable->currentIndex();
    if (!current.isValid() || current.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(current.row());
}

void StaffPanel::showPerson()
{
    QList<RecordTableModel::Row> targets;
    QList<RecordTableModel::Row> results;
    QString detail;
    const core::StaffRow* r = selectedRow();
    if (r && m_session.db) {
        core::StaffStore store(*m_session.db);
        auto t = store.targets(year(), r->member.userId);
        auto res = store.results(year(), r->member.userId);
        if (t) {
            for (const core::StaffTarget& x : t.value()) {
                QString target = SchemeRules::isRate(x.code) ? SchemeRules::permilleText(x.target)
                                                             : QString::number(x.target);
                if (x.days > 0)
                    target = tr("%1 within %2 days").arg(target).arg(x.days);
                targets << RecordTableModel::Row{
                    0, {x.title, target, SchemeRules::pointsText(x.weight), x.note}, {}, 0};
            }
        }
        if (res && t) {
            for (const core::IndicatorResult& x : res.value()) {
                const QString title = SchemeRules::indicatorTitle(x.indicatorCode);
                if (!x.hasRecords) {
                    results << RecordTableModel::Row{0,
                                                     {title, QString::number(x.numerator),
                                                      QString::number(x.denominator),
                                                      tr("no records yet"), QString()},
                                                     QColor(Qt::darkGray),
                                                     0};
                    continue;
                }
                const QString achieved =
                    SchemeRules::isRate(x.indicatorCode)
                        ? SchemeRules::permilleText(
                              x.denominator > 0 ? x.numerator * 1000 / x.denominator : 0)
                        : QString::number(x.numerator);
                results << RecordTableModel::Row{0,
                                                 {title, QString::number(x.numerator),
                                                  QString::number(x.denominator), achieved,
                                                  SchemeRules::pointsText(x.score)},
                                                 {},
                                                 0};
            }
        }
        const core::StaffAppraisal& a = r->appraisal;
        QStringList lines;
        lines << tr("Self-assessment: %1")
                     .arg(a.hasSelf() ? a.selfAssessment : tr("not written yet"));
        if (core::StaffRules::gradedByLevelAbove(r->member))
            lines << tr("A director is graded by the level above; the section chief records "
                        "the grade.");
        else
            lines << tr("Section chief's opinion: %1")
                         .arg(a.hasOpinion()
                                  ? QStringLiteral("%1（%2）").arg(a.chiefOpinion, a.chiefName)
                                  : tr("not given yet"));
        if (a.isGraded())
            lines << tr("Grade: %1 — %2 (%3)")
                         .arg(SchemeRules::gradeTitle(a.grade, SchemeKind::Staff), a.gradeNote,
                              a.graderName);
        if (r->points >= 0)
            lines << tr("Computed: %1 points, which would be “%2”.")
                         .arg(SchemeRules::pointsText(r->points))
                         .arg(SchemeRules::gradeTitle(
                             SchemeRules::gradeFor(store.scheme(year()).value(), r->points),
                             SchemeKind::Staff));
        detail = lines.join(QLatin1Char('\n'));
    }
    m_targetsModel->setRows(targets);
    m_resultsModel->setRows(results);
    m_detail->setText(detail);
    updateButtons();
}

void StaffPanel::updateButtons()
{
    const core::StaffRow* r = selectedRow();
    const bool own = r && r->member.userId == m_session.actor.userId;
    const bool graded = r && r->appraisal.isGraded();
    const bool director = r && core::StaffRules::gradedByLevelAbove(r->member);
    m_adjust->setEnabled(r && !graded);
    m_print->setEnabled(r != nullptr);
    m_compute->setEnabled(!m_rows.isEmpty());
    m_self->setEnabled(own && !graded && !r->appraisal.hasOpinion());
    m_opinion->setEnabled(r && !own && !graded && !director);
    m_grade->setEnabled(r && !own && !graded && !director);
    m_fromAbove->setEnabled(r && !own && !graded && director);
}

core::Result<core::OfficialDocument> StaffPanel::pledgeDocument() const
{
    const core::StaffRow* r = selectedRow();
    if (!r || !m_session.db)
        return core::Status::failure(tr("Choose a member of staff first."));
    auto targets = core::StaffStore(*m_session.db).targets(year(), r->member.userId);
    if (!targets)
        return targets.status();
    return core::StaffPapers::pledge(core::SettingsStore(*m_session.db).officeName(), year(),
                                     r->member, targets.value());
}

void StaffPanel::adjustTargets()
{
    const core::StaffRow* r = selectedRow();
    if (!r || !m_session.db)
        return;
    core::StaffStore store(*m_session.db);
    auto targets = store.targets(year(), r->member.userId);
    if (!targets)
        return fail(targets.error());
    const qint64 id = r->member.userId;
    const int y = year();
    StaffTargetsDialog d(
        r->member.name, y, targets.value(),
        [&](const QList<core::StaffTarget>& t) {
            return store.saveTargets(m_session.actor, y, id, t);
        },
        this);
    if (d.exec() == QDialog::Accepted)
        done(tr("Targets saved."));
}

void StaffPanel::printPledge()
{
    const core::StaffRow* r = selectedRow();
    auto doc = pledgeDocument();
    if (!r || !doc)
        return fail(doc ? QString() : doc.error());
    const core::StaffMember person = r->member;
    PrintPreview preview(doc.value(), core::StaffPapers::pledgeFileName(year(), person), this);
    if (preview.exec() != QDialog::Accepted)
        return;
    const core::Status s =
        core::StaffStore(*m_session.db).markPledgePrinted(m_session.actor, year(), person.userId);
    if (!s)
        return fail(s.error());
    done(tr("The responsibility form of %1 was printed.").arg(person.name));
}

void StaffPanel::compute()
{
    if (!m_session.db)
        return;
    const core::Status s = core::StaffStore(*m_session.db).compute(m_session.actor, year());
    if (!s)
        return fail(s.error());
    done(tr("The staff's results for %1 are computed from the records.").arg(year()));
}

void StaffPanel::writeSelf()
{
    const core::StaffRow* r = selectedRow();
    if (!r || !m_session.db)
        return;
    core::StaffStore store(*m_session.db);
    const qint64 id = r->member.userId;
    const int y = year();
    StaffStepDialog d(
        tr("Self-assessment"),
        tr("%1, %2: what you did this year against your targets.").arg(r->member.name).arg(y),
        tr("&Self-assessment:"), r->appraisal.selfAssessment, false, core::Grade::None,
        [&](const QString& text, core::Grade) {
            return store.writeSelf(m_session.actor, y, id, text);
        },
        this);
    if (d.exec() == QDialog::Accepted)
        done(tr("Self-assessment saved."));
}

void StaffPanel::writeOpinion()
{
    const core::StaffRow* r = selectedRow();
    if (!r || !m_session.db)
        return;
    core::StaffStore store(*m_session.db);
    const qint64 id = r->member.userId;
    const int y = year();
    StaffStepDialog d(
        tr("Section chief's opinion"),
        tr("%1, %2. Self-assessment: %3")
            .arg(r->member.name)
            .arg(y)
            .arg(r->appraisal.hasSelf() ? r->appraisal.selfAssessment : tr("not written yet")),
        tr("&Opinion:"), r->appraisal.chiefOpinion, false, core::Grade::None,
        [&](const QString& text, core::Grade) {
            return store.writeOpinion(m_session.actor, y, id, text);
        },
        this);
    if (d.exec() == QDialog::Accepted)
        done(tr("Opinion saved."));
}

void StaffPanel::grade(bool fromAbove)
{
    const core::StaffRow* r = selectedRow();
    if (!r || !m_session.db)
        return;
    core::StaffStore store(*m_session.db);
    const qint64 id = r->member.userId;
    const int y = year();
    core::Grade suggested = core::Grade::Good;
    if (auto scheme = store.scheme(y); scheme && r->points >= 0)
        suggested = SchemeRules::gradeFor(scheme.value(), r->points);
    const QString subtitle =
        fromAbove
            ? tr("%1 is a director: record the grade the level above gave, and name its "
                 "paper (number and date) in the note.")
                  .arg(r->member.name)
            : tr("%1, %2. Computed points: %3. Section chief's opinion: %4")
                  .arg(r->member.name)
                  .arg(y)
                  .arg(r->points >= 0 ? SchemeRules::pointsText(r->points) : tr("not computed"))
                  .arg(r->appraisal.hasOpinion() ? r->appraisal.chiefOpinion : tr("none"));
    StaffStepDialog d(
        fromAbove ? tr("The level above's grade") : tr("Director's grade"), subtitle, tr("&Note:"),
        QString(), true, suggested,
        [&](const QString& text, core::Grade g) {
            return fromAbove ? store.recordGradeFromAbove(m_session.actor, y, id, g, text)
                             : store.grade(m_session.actor, y, id, g, text);
        },
        this);
    if (d.exec() == QDialog::Accepted)
        done(tr("Grade recorded."));
}

void StaffPanel::fail(const QString& message)
{
    showError(m_error, message);
}

void StaffPanel::done(const QString& message)
{
    reload();
    Q_EMIT statusMessage(message);
}

} // namespace youfu::ui
