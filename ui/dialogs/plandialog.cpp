#include "dialogs/plandialog.h"

#include "dialogs/dialogparts.h"
#include "registry/areastore.h"
#include "registry/categorystore.h"
#include "security/userstore.h"
#include "visit/visitrules.h"
#include "visit/visitstore.h"
#include "widgets/personchooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QListWidget* checkList(QWidget* parent, const char* name)
{
    auto* l = new QListWidget(parent);
    l->setObjectName(QLatin1String(name));
    l->setFixedHeight(l->fontMetrics().height() * 4 + 12);
    return l;
}

void addChecked(QListWidget* l, const QString& text, const QVariant& data, bool checked)
{
    auto* item = new QListWidgetItem(text, l);
    item->setData(Qt::UserRole, data);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QVariantList checkedData(const QListWidget* l)
{
    QVariantList out;
    for (int i = 0; i < l->count(); ++i)
        if (l->item(i)->checkState() == Qt::Checked)
            out << l->item(i)->data(Qt::UserRole);
    return out;
}

QDateEdit* dateEdit(const QDate& d, QWidget* parent, const char* name)
{
    auto* e = new QDateEdit(d, parent);
    e->setObjectName(QLatin1String(name));
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setBuddy(buddy);
    return l;
}
} // namespace

PlanDialog::PlanDialog(Session& session, const core::VisitPlan& plan, QWidget* parent)
    : QDialog(parent), m_session(session), m_plan(plan)
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(plan.id ? tr("Change visit plan") : tr("New visit plan"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        windowTitle(),
        tr("Due dates follow the plan's rhythm from its start; a late visit does not move them."),
        this));
    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    const QDate today = session.db->clock().today();

    m_title = new QLineEdit(plan.title, fields);
    m_title->setObjectName(QStringLiteral("planTitle"));
    form->addRow(tr("&Title:"), m_title);

    auto* kind = new QHBoxLayout;
    m_single = new QRadioButton(tr("One &person"), fields);
    m_single->setObjectName(QStringLiteral("planSingle"));
    m_group = new QRadioButton(tr("A &group"), fields);
    m_group->setObjectName(QStringLiteral("planGroup"));
    kind->addWidget(m_single);
    kind->addWidget(m_group);
    kind->addStretch(1);
    form->addRow(tr("Covers:"), kind);
    m_person = new PersonChooser(*session.db, false, fields);
    if (plan.personId > 0)
        m_person->setPersonIds({plan.personId});
    form->addRow(QString(), m_person);

    m_groupBox = new QWidget(fields);
    auto* groupForm = new QFormLayout(m_groupBox);
    groupForm->setContentsMargins(0, 0, 0, 0);
    m_categories = checkList(m_groupBox, "planCategories");
    for (const core::Category& c : core::CategoryStore(*session.db).all())
        addChecked(m_categories, c.name, c.code, plan.categoryCodes.contains(c.code));
    groupForm->addRow(buddyLabel(tr("&Categories:"), m_categories, m_groupBox), m_categories);
    m_townships = checkList(m_groupBox, "planTownships");
    for (const core::Township& t : core::AreaStore(*session.db).townships())
        addChecked(m_townships, t.name, t.code, plan.townshipCodes.contains(t.code));
    groupForm->addRow(buddyLabel(tr("T&ownships (none: all):"), m_townships, m_groupBox),
                      m_townships);
    QStringList grades;
    for (int g : plan.grades)
        grades << QString::number(g);
    m_grades = new QLineEdit(grades.join(QLatin1Char(',')), m_groupBox);
    m_grades->setObjectName(QStringLiteral("planGrades"));
    m_grades->setPlaceholderText(tr("Disabled servicemen only, e.g. 1,2 (empty: all grades)"));
    groupForm->addRow(buddyLabel(tr("G&rades:"), m_grades, m_groupBox), m_grades);
    form->addRow(QString(), m_groupBox);

    auto* rhythm = new QHBoxLayout;
    m_rhythm = new QComboBox(fields);
    m_rhythm->setObjectName(QStringLiteral("planRhythm"));
    const std::pair<core::Rhythm, QString> rhythms[] = {
        {core::Rhythm::Monthly, tr("Monthly")},
        {core::Rhythm::Quarterly, tr("Quarterly")},
        {core::Rhythm::Yearly, tr("Yearly")},
        {core::Rhythm::EveryNWeeks, tr("Every few weeks")},
        {core::Rhythm::None, tr("Festivals only")}};
    for (const auto& r : rhythms)
        m_rhythm->addItem(r.second, int(r.first));
    m_rhythm->setCurrentIndex(m_rhythm->findData(int(plan.rhythm)));
    m_weeks = new QSpinBox(fields);
    m_weeks->setObjectName(QStringLiteral("planWeeks"));
    m_weeks->setRange(1, 52);
    m_weeks->setValue(plan.everyWeeks > 0 ? plan.everyWeeks : 2);
    rhythm->addWidget(m_rhythm);
    rhythm->addWidget(buddyLabel(tr("every &weeks:"), m_weeks, fields));
    rhythm->addWidget(m_weeks);
    rhythm->addStretch(1);
    form->addRow(buddyLabel(tr("R&hythm:"), m_rhythm, fields), rhythm);
    auto* festivals = new QHBoxLayout;
    m_bayi = new QCheckBox(tr("Before &Bayi (1 August)"), fields);
    m_bayi->setObjectName(QStringLiteral("planBayi"));
    m_bayi->setChecked(plan.beforeBayi);
    m_spring = new QCheckBox(tr("Before the &Spring Festival"), fields);
    m_spring->setObjectName(QStringLiteral("planSpring"));
    m_spring->setChecked(plan.beforeSpringFestival);
    festivals->addWidget(m_bayi);
    festivals->addWidget(m_spring);
    festivals->addStretch(1);
    form->addRow(tr("Festivals:"), festivals);

    m_visitors = checkList(fields, "planVisitors");
    if (const auto users = core::UserStore(*session.db).all(); users)
        for (const core::User& u : users.value())
            if (!u.disabled)
                addChecked(m_visitors, u.displayName, u.id, plan.visitorUserIds.contains(u.id));
    form->addRow(buddyLabel(tr("&Visitors:"), m_visitors, fields), m_visitors);
    m_visitorNames = new QLineEdit(plan.visitorNames.join(QStringLiteral("、")), fields);
    m_visitorNames->setObjectName(QStringLiteral("planVisitorNames"));
    m_visitorNames->setPlaceholderText(tr("Visitors without a login, separated by commas"));
    form->addRow(buddyLabel(tr("Other &names:"), m_visitorNames, fields), m_visitorNames);

    auto* span = new QHBoxLayout;
    m_start = dateEdit(plan.start.isValid() ? plan.start : today, fields, "planStart");
    m_end = dateEdit(plan.end.isValid() ? plan.end : today.addYears(1), fields, "planEnd");
    m_openEnded = new QCheckBox(tr("&Until stopped"), fields);
    m_openEnded->setObjectName(QStringLiteral("planOpenEnded"));
    m_openEnded->setChecked(!plan.end.isValid());
    span->addWidget(m_start);
    span->addWidget(buddyLabel(tr("&End:"), m_end, fields));
    span->addWidget(m_end);
    span->addWidget(m_openEnded);
    span->addStretch(1);
    form->addRow(buddyLabel(tr("St&art:"), m_start, fields), span);
    auto* pause = new QHBoxLayout;
    m_paused = new QCheckBox(tr("Pause&d from"), fields);
    m_paused->setObjectName(QStringLiteral("planPaused"));
    const bool paused = plan.pausedFrom.isValid() && plan.pausedUntil.isValid();
    m_paused->setChecked(paused);
    m_pausedFrom = dateEdit(paused ? plan.pausedFrom : today, fields, "planPausedFrom");
    m_pausedUntil =
        dateEdit(paused ? plan.pausedUntil : today.addMonths(1), fields, "planPausedUntil");
    pause->addWidget(m_paused);
    pause->addWidget(m_pausedFrom);
    pause->addWidget(buddyLabel(tr("unt&il"), m_pausedUntil, fields));
    pause->addWidget(m_pausedUntil);
    pause->addStretch(1);
    form->addRow(tr("Pause:"), pause);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    (plan.id == 0 || plan.personId > 0 ? m_single : m_group)->setChecked(true);
    connect(m_single, &QRadioButton::toggled, this, &PlanDialog::kindChanged);
    auto sync = [this] {
        m_weeks->setEnabled(m_rhythm->currentData().toInt() == int(core::Rhythm::EveryNWeeks));
        m_end->setEnabled(!m_openEnded->isChecked());
        m_pausedFrom->setEnabled(m_paused->isChecked());
        m_pausedUntil->setEnabled(m_paused->isChecked());
    };
    connect(m_rhythm, &QComboBox::currentIndexChanged, this, sync);
    connect(m_openEnded, &QCheckBox::toggled, this, sync);
    connect(m_paused, &QCheckBox::toggled, this, sync);
    sync();
    kindChanged();
    resize(900, 660);
}

void PlanDialog::kindChanged()
{
    const bool single = m_single->isChecked();
    m_person->setVisible(single);
    m_groupBox->setVisible(!single);
}

core::VisitPlan PlanDialog::plan() const
{
    core::VisitPlan p = m_plan;
    p.title = m_title->text().trimmed();
    const bool single = m_single->isChecked();
    p.personId = single ? m_person->personId() : 0;
    p.categoryCodes.clear();
    p.townshipCodes.clear();
    p.grades.clear();
    if (!single) {
        for (const QVariant& v : checkedData(m_categories))
            p.categoryCodes << v.toString();
        for (const QVariant& v : checkedData(m_townships))
            p.townshipCodes << v.toString();
        for (const QString& g : m_grades->text().split(
                 QRegularExpression(QStringLiteral("[,，、\\s]+")), Qt::SkipEmptyParts))
            p.grades << g.toInt();
    }
    p.rhythm = core::Rhythm(m_rhythm->currentData().toInt());
    p.everyWeeks = p.rhythm == core::Rhythm::EveryNWeeks ? m_weeks->value() : 0;
    p.beforeBayi = m_bayi->isChecked();
    p.beforeSpringFestival = m_spring->isChecked();
    p.visitorUserIds.clear();
    for (const QVariant& v : checkedData(m_visitors))
        p.visitorUserIds << v.toLongLong();
    p.visitorNames.clear();
    for (const QString& n : m_visitorNames->text().split(
             QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts))
        if (!n.trimmed().isEmpty())
            p.visitorNames << n.trimmed();
    p.start = m_start->date();
    p.end = m_openEnded->isChecked() ? QDate() : m_end->date();
    p.pausedFrom = m_paused->isChecked() ? m_pausedFrom->date() : QDate();
    p.pausedUntil = m_paused->isChecked() ? m_pausedUntil->date() : QDate();
    return p;
}

void PlanDialog::accept()
{
    const core::VisitPlan p = plan();
    const QStringList problems = core::VisitRules::checkPlan(p);
    if (!problems.isEmpty()) {
        showError(m_error, problems.join(QLatin1Char('\n')));
        return;
    }
    auto saved = core::VisitStore(*m_session.db).savePlan(m_session.actor, p);
    if (!saved) {
        showError(m_error, saved.error());
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

} // namespace youfu::ui
