#include "visit/symposiumdialog.h"

#include "dialogs/dialogparts.h"
#include "models/personpickmodel.h"
#include "registry/personstore.h"
#include "security/permission.h"
#include "visit/symposiumstore.h"
#include "visit/visitrules.h"
#include "widgets/screenfit.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
constexpr int kPersonRole = Qt::UserRole;
constexpr int kUserRole = Qt::UserRole + 1;

QTableWidget* makeTable(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    fitColumns(t, int(headers.size()) - 1);
    return t;
}

QPushButton* makeButton(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false); // Enter in a field does not save the symposium
    return b;
}

QLineEdit* makeEdit(const char* name, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    return e;
}
} // namespace

SymposiumDialog::SymposiumDialog(Session& session, qint64 id, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(id)
{
    setObjectName(QStringLiteral("symposiumDialog"));
    m_readOnly = !core::isAllowed(session.actor.roles, core::Permission::RecordVisits);
    setWindowTitle(m_readOnly ? tr("Symposium") : id ? tr("Edit symposium") : tr("New symposium"));
    resizeWithinScreen(this, QSize(1180, 640));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        windowTitle(),
        m_readOnly ? tr("You may read this record; recording symposiums is for the clerk and the "
                        "section chief.")
                   : tr("Who attended, what they raised, what was answered and what follows: "
                        "the minutes are printed from this record."),
        this));
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    // Left: the meeting and its attendees.
    auto* left = new QVBoxLayout;
    columns->addLayout(left, 1);
    auto* form = new QFormLayout;
    const QDate today = session.db->clock().today();
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("heldOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (core::SymposiumKind k :
         {core::SymposiumKind::Bayi, core::SymposiumKind::Spring, core::SymposiumKind::Other})
        m_kind->addItem(core::SymposiumStore::kindTitle(k), int(k));
    m_place = makeEdit("place", this);
    m_title = makeEdit("title", this);
    m_chair = makeEdit("chair", this);
    m_recorder = makeEdit("recorder", this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Pl&ace:"), m_place);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("C&hair:"), m_chair);
    form->addRow(tr("Re&corder:"), m_recorder);
    left->addLayout(form);

    auto* people = new QGroupBox(tr("Attendees"), this);
    auto* pl = new QVBoxLayout(people);
    auto* pf = new QFormLayout;
    m_search = makeEdit("personSearch", this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Type a name or part of the citizen ID, then Enter"));
    m_pick = new PersonPickModel(*session.db, PersonPickModel::Layout::OneLine, this);
    m_matches = new QListView(this);
    m_matches->setObjectName(QStringLiteral("personMatches"));
    m_matches->setModel(m_pick);
    m_matches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matches->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matches->setFixedHeight(m_matches->fontMetrics().height() * 3 + 12);
    m_represents = makeEdit("represents", this);
    m_represents->setPlaceholderText(tr("e.g. representative of the war veterans"));
    m_staff = makeEdit("staffName", this);
    pf->addRow(tr("&Look up person:"), m_search);
    pf->addRow(QString(), m_matches);
    pf->addRow(tr("&Represents / post:"), m_represents);
    pf->addRow(tr("Staff &name:"), m_staff);
    pl->addLayout(pf);
    auto* pb = new QHBoxLayout;
    auto* addPerson = makeButton(tr("Add &person"), "addPerson", this);
    auto* addStaff = makeButton(tr("Add staff &member"), "addStaff", this);
    auto* removeAttendee = makeButton(tr("Remo&ve attendee"), "removeAttendee", this);
    pb->addWidget(addPerson);
    pb->addWidget(addStaff);
    pb->addWidget(removeAttendee);
    pb->addStretch();
    pl->addLayout(pb);
    m_attendees = makeTable({tr("Name"), tr("Kind"), tr("Represents / post")}, "attendees", this);
    pl->addWidget(m_attendees, 1);
    left->addWidget(people, 1);

    // Right: the issues raised.
    auto* issues = new QGroupBox(tr("Issues raised"), this);
    columns->addWidget(issues, 1);
    auto* il = new QVBoxLayout(issues);
    auto* iform = new QFormLayout;
    m_raisedBy = makeEdit("raisedBy", this);
    m_issue = makeEdit("issue", this);
    m_answer = makeEdit("answer", this);
    m_followUp = new QComboBox(this);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    for (core::FollowUpKind k :
         {core::FollowUpKind::None, core::FollowUpKind::PetitionCase,
          core::FollowUpKind::AssistanceDraft, core::FollowUpKind::ChiefNote})
        m_followUp->addItem(core::VisitRules::followUpTitle(k), int(k));
    m_followNote = makeEdit("followNote", this);
    iform->addRow(tr("Raised &by:"), m_raisedBy);
    iform->addRow(tr("&Issue:"), m_issue);
    iform->addRow(tr("Ans&wer given:"), m_answer);
    iform->addRow(tr("&Follow-up:"), m_followUp);
    iform->addRow(tr("Follow-up n&ote:"), m_followNote);
    il->addLayout(iform);
    auto* ib = new QHBoxLayout;
    auto* addIssue = makeButton(tr("Add iss&ue"), "addIssue", this);
    auto* removeIssue = makeButton(tr("Remove issu&e"), "removeIssue", this);
    ib->addWidget(addIssue);
    ib->addWidget(removeIssue);
    ib->addStretch();
    il->addLayout(ib);
    m_issues = makeTable(
        {tr("Raised by"), tr("Issue"), tr("Answer"), tr("Follow-up"), tr("Follow-up note")},
        "issues", this);
    il->addWidget(m_issues, 1);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(m_readOnly ? QDialogButtonBox::Close
                                                : QDialogButtonBox::Save | QDialogButtonBox::Cancel,
                                     this);
    layout->addWidget(box);
    if (auto* save = box->button(QDialogButtonBox::Save)) {
        save->setObjectName(QStringLiteral("saveSymposium"));
        save->setText(tr("&Save"));
        save->setAutoDefault(false);
    }
    connect(box, &QDialogButtonBox::accepted, this, &SymposiumDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::returnPressed, this, &SymposiumDialog::searchPersons);
    connect(m_matches, &QListView::activated, this, &SymposiumDialog::addPerson);
    connect(addPerson, &QPushButton::clicked, this, &SymposiumDialog::addPerson);
    connect(addStaff, &QPushButton::clicked, this, &SymposiumDialog::addStaff);
    connect(m_staff, &QLineEdit::returnPressed, this, &SymposiumDialog::addStaff);
    connect(removeAttendee, &QPushButton::clicked, this, &SymposiumDialog::removeAttendee);
    connect(addIssue, &QPushButton::clicked, this, &SymposiumDialog::addIssue);
    connect(removeIssue, &QPushButton::clicked, this, &SymposiumDialog::removeIssue);
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleEdited = true; });
    connect(m_date, &QDateEdit::dateChanged, this, &SymposiumDialog::suggestTitle);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SymposiumDialog::suggestTitle);

    if (id) {
        auto s = core::SymposiumStore(*session.db).byId(id);
        if (s)
            load(s.value());
        else
            showError(m_error, s.error());
    } else {
        suggestTitle();
    }
    if (m_readOnly) {
        for (QLineEdit* e : findChildren<QLineEdit*>())
            e->setReadOnly(true);
        for (QWidget* w :
             std::initializer_list<QWidget*>{m_date, m_kind, m_followUp, m_matches, addPerson,
                                             addStaff, removeAttendee, addIssue, removeIssue})
            w->setEnabled(false);
    }
    m_place->setFocus(Qt::OtherFocusReason);
}

void SymposiumDialog::suggestTitle()
{
    if (m_titleEdited)
        return;
    const auto kind = core::SymposiumKind(m_kind->currentData().toInt());
    m_title->setText(kind == core::SymposiumKind::Other
                         ? tr("%1 symposium of the entitled groups").arg(m_date->date().year())
                         : tr("%1 %2 symposium")
                               .arg(m_date->date().year())
                               .arg(core::SymposiumStore::kindTitle(kind)));
}

void SymposiumDialog::load(const core::Symposium& s)
{
    m_titleEdited = true;
    m_date->setDate(s.heldOn);
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    m_place->setText(s.place);
    m_title->setText(s.title);
    m_chair->setText(s.chair);
    m_recorder->setText(s.recorder);
    for (const core::SymposiumAttendee& a : s.attendees)
        addAttendeeRow(a);
    for (const core::SymposiumIssue& i : s.issues)
        addIssueRow(i);
}

void SymposiumDialog::addAttendeeRow(const core::SymposiumAttendee& a)
{
    const int r = m_attendees->rowCount();
    m_attendees->insertRow(r);
    auto* name = new QTableWidgetItem(a.name);
    name->setData(kPersonRole, a.personId);
    name->setData(kUserRole, a.userId);
    m_attendees->setItem(r, 0, name);
    m_attendees->setItem(r, 1,
                         new QTableWidgetItem(a.personId ? tr("Registry person") : tr("Staff")));
    m_attendees->setItem(r, 2, new QTableWidgetItem(a.represents));
}

void SymposiumDialog::addIssueRow(const core::SymposiumIssue& i)
{
    const int r = m_issues->rowCount();
    m_issues->insertRow(r);
    m_issues->setItem(r, 0, new QTableWidgetItem(i.raisedBy));
    m_issues->setItem(r, 1, new QTableWidgetItem(i.issue));
    m_issues->setItem(r, 2, new QTableWidgetItem(i.answer));
    auto* follow = new QTableWidgetItem(core::VisitRules::followUpTitle(i.followUp));
    follow->setData(Qt::UserRole, int(i.followUp));
    m_issues->setItem(r, 3, follow);
    m_issues->setItem(r, 4, new QTableWidgetItem(i.followUpNote));
}

void SymposiumDialog::searchPersons()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_pick->clear();
        return;
    }
    core::RegistryQuery q;
    q.text = text;
    m_pick->setQuery(q);
    if (m_pick->rowCount() == 0) {
        showError(m_error, tr("Nobody in the registry matches “%1”.").arg(text));
        return;
    }
    m_error->hide();
    m_matches->setCurrentIndex(m_pick->index(0, 0));
    m_matches->setFocus(Qt::OtherFocusReason);
}

void SymposiumDialog::addPerson()
{
    if (m_readOnly)
        return;
    const QModelIndex index = m_matches->currentIndex();
    const qint64 personId = index.isValid() ? m_pick->personIdAt(index.row()) : 0;
    if (personId <= 0) {
        showError(m_error, tr("Search for the person first and choose them in the list."));
        return;
    }
    for (int r = 0; r < m_attendees->rowCount(); ++r)
        if (m_attendees->item(r, 0)->data(kPersonRole).toLongLong() == personId) {
            showError(m_error, tr("This person is already among the attendees."));
            return;
        }
    // The list shows one line per person (name, masked ID, …); the minutes want the name.
    auto person = core::PersonStore(*m_session.db).byId(personId);
    if (!person) {
        showError(m_error, person.error());
        return;
    }
    core::SymposiumAttendee a;
    a.personId = personId;
    a.name = person->name;
    a.represents = m_represents->text().trimmed();
    addAttendeeRow(a);
    m_error->hide();
    m_represents->clear();
    m_search->clear();
    m_pick->clear();
    m_search->setFocus(Qt::OtherFocusReason);
}

void SymposiumDialog::addStaff()
{
    if (m_readOnly)
        return;
    core::SymposiumAttendee a;
    a.name = m_staff->text().trimmed();
    if (a.name.isEmpty()) {
        showError(m_error, tr("Enter the staff member's name."));
        return;
    }
    a.represents = m_represents->text().trimmed();
    addAttendeeRow(a);
    m_error->hide();
    m_staff->clear();
    m_represents->clear();
}

void SymposiumDialog::removeAttendee()
{
    const int r = m_attendees->currentRow();
    if (r >= 0)
        m_attendees->removeRow(r);
}

void SymposiumDialog::addIssue()
{
    if (m_readOnly)
        return;
    core::SymposiumIssue i;
    i.raisedBy = m_raisedBy->text().trimmed();
    i.issue = m_issue->text().trimmed();
    i.answer = m_answer->text().trimmed();
    i.followUp = core::FollowUpKind(m_followUp->currentData().toInt());
    i.followUpNote = m_followNote->text().trimmed();
    if (i.issue.isEmpty()) {
        showError(m_error, tr("Write down the issue raised."));
        m_issue->setFocus(Qt::OtherFocusReason);
        return;
    }
    addIssueRow(i);
    m_error->hide();
    for (QLineEdit* e : {m_raisedBy, m_issue, m_answer, m_followNote})
        e->clear();
    m_followUp->setCurrentIndex(0);
    m_raisedBy->setFocus(Qt::OtherFocusReason);
}

void SymposiumDialog::removeIssue()
{
    const int r = m_issues->currentRow();
    if (r >= 0)
        m_issues->removeRow(r);
}

core::Symposium SymposiumDialog::symposium() const
{
    core::Symposium s;
    s.id = m_id;
    s.heldOn = m_date->date();
    s.kind = core::SymposiumKind(m_kind->currentData().toInt());
    s.place = m_place->text().trimmed();
    s.title = m_title->text().trimmed();
    s.chair = m_chair->text().trimmed();
    s.recorder = m_recorder->text().trimmed();
    for (int r = 0; r < m_attendees->rowCount(); ++r) {
        const QTableWidgetItem* name = m_attendees->item(r, 0);
        s.attendees << core::SymposiumAttendee{name->data(kPersonRole).toLongLong(),
                                               name->data(kUserRole).toLongLong(), name->text(),
                                               m_attendees->item(r, 2)->text()};
    }
    for (int r = 0; r < m_issues->rowCount(); ++r)
        s.issues << core::SymposiumIssue{
            m_issues->item(r, 0)->text(), m_issues->item(r, 1)->text(),
            m_issues->item(r, 2)->text(),
            core::FollowUpKind(m_issues->item(r, 3)->data(Qt::UserRole).toInt()),
            m_issues->item(r, 4)->text()};
    return s;
}

void SymposiumDialog::accept()
{
    if (m_readOnly) {
        QDialog::reject();
        return;
    }
    auto id = core::SymposiumStore(*m_session.db).save(m_session.actor, symposium());
    if (!id) {
        showError(m_error, id.error());
        return;
    }
    m_id = id.value();
    QDialog::accept();
}

} // namespace youfu::ui
