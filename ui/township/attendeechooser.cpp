#include "township/attendeechooser.h"

#include "dialogs/dialogparts.h"
#include "petition/warningstore.h"
#include "registry/areastore.h"
#include "township/trainingpapers.h"
#include "township/trainingstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <functional>

namespace youfu::ui {

namespace {
QString keyOf(const core::TrainingAttendee& a)
{
    return a.staffId > 0 ? QStringLiteral("s%1").arg(a.staffId)
                         : QStringLiteral("u%1").arg(a.userId);
}
} // namespace

AttendeeChooser::AttendeeChooser(Session& session, const core::TrainingSession& training,
                                 QWidget* parent)
    : QDialog(parent), m_session(session), m_training(training)
{
    setObjectName(QStringLiteral("attendeeChooser"));
    setWindowTitle(tr("Who is asked to come"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(windowTitle(), training.topic, this));
    m_error = makeErrorLabel(this);

    auto workers = core::WarningStore(*session.db).staff(QString(), true);
    auto bureau = core::TrainingStore(*session.db).bureauStaff();
    auto current = core::TrainingStore(*session.db).attendees(training.id);
    if (workers) {
        for (const core::InfoStaff& s : workers.value()) {
            core::TrainingAttendee a;
            a.staffId = s.id;
            a.name = s.name;
            a.townshipCode = s.townshipCode;
            a.townshipName = s.townshipName;
            a.duty = s.duty;
            m_candidates << a;
        }
    }
    if (bureau)
        m_candidates << bureau.value();
    QSet<QString> asked;
    if (current) {
        for (const core::TrainingAttendee& a : current.value())
            asked.insert(keyOf(a));
    }

    auto* quick = new QHBoxLayout;
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("chooserTownship"));
    for (const core::Township& t : core::AreaStore(*session.db).townships())
        m_township->addItem(t.name, t.code);
    auto* townshipLabel = new QLabel(tr("To&wnship:"), this);
    townshipLabel->setBuddy(m_township);
    auto* byTownship = new QPushButton(tr("Add i&ts workers"), this);
    byTownship->setObjectName(QStringLiteral("chooseTownship"));
    auto* allCare = new QPushButton(tr("All &special-care workers"), this);
    allCare->setObjectName(QStringLiteral("chooseAllCare"));
    auto* allInfo = new QPushButton(tr("All &information staff"), this);
    allInfo->setObjectName(QStringLiteral("chooseAllInfo"));
    auto* allBureau = new QPushButton(tr("The &bureau's staff"), this);
    allBureau->setObjectName(QStringLiteral("chooseBureau"));
    auto* none = new QPushButton(tr("&None"), this);
    none->setObjectName(QStringLiteral("chooseNone"));
    quick->addWidget(townshipLabel);
    quick->addWidget(m_township);
    quick->addWidget(byTownship);
    quick->addStretch();
    layout->addLayout(quick);
    auto* quick2 = new QHBoxLayout;
    quick2->addWidget(allCare);
    quick2->addWidget(allInfo);
    quick2->addWidget(allBureau);
    quick2->addWidget(none);
    quick2->addStretch();
    layout->addLayout(quick2);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("chooserList"));
    for (const core::TrainingAttendee& a : m_candidates) {
        const QString where = a.userId > 0 ? tr("the bureau") : a.townshipName;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1　%2（%3）").arg(where, a.name, core::TrainingPapers::dutyShort(a)),
            m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(asked.contains(keyOf(a)) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("chooserCount"));
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    for (const auto& r : {workers.status(), bureau.status(), current.status()})
        if (!r)
            showError(m_error, r.error());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AttendeeChooser::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttendeeChooser::reject);
    layout->addWidget(buttons);

    auto updateCount = [this] { m_count->setText(tr("%n asked", nullptr, checkedCount())); };
    connect(m_list, &QListWidget::itemChanged, this, updateCount);
    connect(byTownship, &QPushButton::clicked, this, [this] {
        const QString code = m_township->currentData().toString();
        checkWhere([&](const core::TrainingAttendee& a) { return a.townshipCode == code; });
    });
    connect(allCare, &QPushButton::clicked, this, [this] {
        checkWhere([](const core::TrainingAttendee& a) {
            return a.staffId > 0 && a.duty == core::StaffDuty::Care;
        });
    });
    connect(allInfo, &QPushButton::clicked, this, [this] {
        checkWhere([](const core::TrainingAttendee& a) {
            return a.staffId > 0 && a.duty == core::StaffDuty::Info;
        });
    });
    connect(allBureau, &QPushButton::clicked, this,
            [this] { checkWhere([](const core::TrainingAttendee& a) { return a.userId > 0; }); });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Unchecked);
    });
    updateCount();
    resize(560, 520);
}

int AttendeeChooser::checkedCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    return n;
}

void AttendeeChooser::checkWhere(const std::function<bool(const core::TrainingAttendee&)>& pick)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (pick(m_candidates.at(i)))
            m_list->item(i)->setCheckState(Qt::Checked);
}

void AttendeeChooser::accept()
{
    QList<core::TrainingAttendee> chosen;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            chosen << m_candidates.at(i);
    const core::Status s =
        core::TrainingStore(*m_session.db).setAttendees(m_session.actor, m_training.id, chosen);
    if (!s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace youfu::ui
