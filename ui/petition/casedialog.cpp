#include "petition/casedialog.h"

#include "dialogs/dialogparts.h"
#include "models/recordtablemodel.h"
#include "petition/petitionliststore.h"
#include "petition/petitionrules.h"
#include "petition/petitionstore.h"
#include "registry/areastore.h"
#include "registry/personstore.h"
#include "security/permission.h"
#include "widgets/personchooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
using core::PetitionRules;

QPlainTextEdit* textBox(QWidget* parent, const char* name)
{
    auto* t = new QPlainTextEdit(parent);
    t->setObjectName(QLatin1String(name));
    t->setTabChangesFocus(true);
    t->setFixedHeight(t->fontMetrics().lineSpacing() * 3 + 12);
    return t;
}

QLineEdit* line(QWidget* parent, const char* name)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    return e;
}

void select(QComboBox* c, const QVariant& v)
{
    const int i = c->findData(v);
    c->setCurrentIndex(i >= 0 ? i : 0);
}
} // namespace

CaseDialog::CaseDialog(Session& session, qint64 caseId, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("caseDialog"));
    setWindowTitle(caseId > 0 ? tr("Letters and visits case") : tr("Register a case"));
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold; color: #23324a;"));
    layout->addWidget(m_header);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(buildRegistration(), tr("&Registration"));
    m_tabs->addTab(buildWay(), tr("&Timeline"));
    layout->addWidget(m_tabs, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(caseId > 0 ? tr("&Save changes") : tr("&Save and register"),
                                QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveCase"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &CaseDialog::accept);
    resize(900, 620);
    load(caseId);
}

bool CaseDialog::canHandle() const
{
    return core::isAllowed(m_session.actor.roles, core::Permission::HandlePetitions);
}

bool CaseDialog::canExtend() const
{
    if (core::isAllowed(m_session.actor.roles, core::Permission::ApprovePetitionExtension))
        return true;
    const auto deputy = core::PetitionStore(*m_session.db).extensionDeputy();
    return deputy && deputy.value() > 0 && deputy.value() == m_session.actor.userId;
}

QWidget* CaseDialog::buildRegistration()
{
    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    auto labelled = [fields](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, fields);
        l->setBuddy(buddy);
        return l;
    };

    auto* top = new QHBoxLayout;
    m_received = new QDateTimeEdit(fields);
    m_received->setObjectName(QStringLiteral("caseReceived"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_channel = new QComboBox(fields);
    m_channel->setObjectName(QStringLiteral("caseChannel"));
    for (core::PetitionChannel c :
         {core::PetitionChannel::Letter, core::PetitionChannel::Visit, core::PetitionChannel::Phone,
          core::PetitionChannel::Online, core::PetitionChannel::Leader,
          core::PetitionChannel::Forwarded})
        m_channel->addItem(PetitionRules::channelTitle(c), int(c));
    top->addWidget(m_received);
    top->addWidget(labelled(tr("C&hannel:"), m_channel));
    top->addWidget(m_channel);
    top->addStretch(1);
    form->addRow(labelled(tr("Recei&ved:"), m_received), top);

    auto* forwarded = new QHBoxLayout;
    m_forwardedBy = line(fields, "caseForwardedBy");
    m_forwardedBy->setPlaceholderText(tr("the office that forwarded it"));
    m_forwardedNumber = line(fields, "caseForwardedNumber");
    forwarded->addWidget(m_forwardedBy, 2);
    forwarded->addWidget(labelled(tr("N&o.:"), m_forwardedNumber));
    forwarded->addWidget(m_forwardedNumber, 1);
    form->addRow(labelled(tr("Forwarded b&y:"), m_forwardedBy), forwarded);

    m_chooser = new PersonChooser(*m_session.db, true, fields);
    m_chooser->setObjectName(QStringLiteral("casePersons"));
    form->addRow(labelled(tr("Registry &persons:"), m_chooser->searchBox()), m_chooser);

    auto* outsiders = new QVBoxLayout;
    m_petitionerList = new QListWidget(fields);
    m_petitionerList->setObjectName(QStringLiteral("caseOutsiders"));
    m_petitionerList->setMaximumHeight(m_petitionerList->fontMetrics().lineSpacing() * 4 + 8);
    outsiders->addWidget(m_petitionerList);
    auto* who = new QHBoxLayout;
    m_outName = line(fields, "outsiderName");
    m_outName->setPlaceholderText(tr("name"));
    m_outPhone = line(fields, "outsiderPhone");
    m_outPhone->setPlaceholderText(tr("phone"));
    m_outAddress = line(fields, "outsiderAddress");
    m_outAddress->setPlaceholderText(tr("address"));
    m_outId = line(fields, "outsiderId");
    m_outId->setPlaceholderText(tr("citizen ID (optional)"));
    who->addWidget(labelled(tr("Na&me:"), m_outName));
    who->addWidget(m_outName, 1);
    who->addWidget(labelled(tr("Phon&e:"), m_outPhone));
    who->addWidget(m_outPhone, 1);
    who->addWidget(labelled(tr("A&ddress:"), m_outAddress));
    who->addWidget(m_outAddress, 2);
    who->addWidget(labelled(tr("&ID:"), m_outId));
    who->addWidget(m_outId, 1);
    outsiders->addLayout(who);
    auto* outButtons = new QHBoxLayout;
    m_addOutsider = new QPushButton(tr("Add o&utsider"), fields);
    m_addOutsider->setObjectName(QStringLiteral("addOutsider"));
    m_addOutsider->setAutoDefault(false);
    m_removePetitioner = new QPushButton(tr("Remove chose&n"), fields);
    m_removePetitioner->setObjectName(QStringLiteral("removeOutsider"));
    m_removePetitioner->setAutoDefault(false);
    outButtons->addWidget(m_addOutsider);
    outButtons->addWidget(m_removePetitioner);
    outButtons->addStretch(1);
    outsiders->addLayout(outButtons);
    form->addRow(tr("Other petitioners:"), outsiders);

    auto* what = new QHBoxLayout;
    m_subject = new QComboBox(fields);
    m_subject->setObjectName(QStringLiteral("caseSubject"));
    for (core::PetitionSubject v :
         {core::PetitionSubject::Benefit, core::PetitionSubject::Status,
          core::PetitionSubject::Medical, core::PetitionSubject::Housing,
          core::PetitionSubject::Employment, core::PetitionSubject::Other})
        m_subject->addItem(PetitionRules::subjectTitle(v), int(v));
    m_township = new QComboBox(fields);
    m_township->setObjectName(QStringLiteral("caseTownship"));
    m_township->addItem(tr("(choose)"), QString());
    for (const core::Township& t : core::AreaStore(*m_session.db).townships())
        m_township->addItem(t.name, t.code);
    what->addWidget(m_subject);
    what->addWidget(labelled(tr("To&wnship:"), m_township));
    what->addWidget(m_township);
    what->addStretch(1);
    form->addRow(labelled(tr("Su&bject:"), m_subject), what);

    m_summary = textBox(fields, "caseSummary");
    form->addRow(labelled(tr("&Content:"), m_summary), m_summary);
    m_demands = textBox(fields, "caseDemands");
    form->addRow(labelled(tr("What they as&k:"), m_demands), m_demands);

    auto* flags = new QHBoxLayout;
    m_group = new QCheckBox(tr("&Group petition"), fields);
    m_group->setObjectName(QStringLiteral("caseGroup"));
    m_beyond = new QComboBox(fields);
    m_beyond->setObjectName(QStringLiteral("caseBeyond"));
    for (core::BeyondLevel v : {core::BeyondLevel::None, core::BeyondLevel::City,
                                core::BeyondLevel::Province, core::BeyondLevel::Beijing})
        m_beyond->addItem(v == core::BeyondLevel::None ? tr("not beyond level")
                                                       : PetitionRules::beyondTitle(v),
                          int(v));
    m_repeatOf = line(fields, "caseRepeatOf");
    m_repeatOf->setPlaceholderText(tr("number of the earlier case"));
    flags->addWidget(m_group);
    flags->addWidget(labelled(tr("Beyond &level:"), m_beyond));
    flags->addWidget(m_beyond);
    flags->addWidget(labelled(tr("Repeat o&f:"), m_repeatOf));
    flags->addWidget(m_repeatOf, 1);
    form->addRow(tr("Flags:"), flags);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &CaseDialog::channelChanged);
    connect(m_addOutsider, &QPushButton::clicked, this, &CaseDialog::addOutsider);
    connect(m_removePetitioner, &QPushButton::clicked, this, &CaseDialog::removePetitioner);
    connect(m_chooser, &PersonChooser::changed, this, &CaseDialog::showPetitioners);
    return scroll;
}

void CaseDialog::channelChanged()
{
    const bool forwarded =
        m_channel->currentData().toInt() == int(core::PetitionChannel::Forwarded);
    m_forwardedBy->setEnabled(forwarded);
    m_forwardedNumber->setEnabled(forwarded);
}

void CaseDialog::addOutsider()
{
    core::Petitioner p;
    p.name = m_outName->text().trimmed();
    p.phone = m_outPhone->text().trimmed();
    p.address = m_outAddress->text().trimmed();
    p.citizenId = m_outId->text().trimmed();
    if (p.name.isEmpty()) {
        showError(m_error, tr("Type the outsider's name first."));
        m_outName->setFocus();
        return;
    }
    m_petitioners << p;
    for (QLineEdit* e : {m_outName, m_outPhone, m_outAddress, m_outId})
        e->clear();
    m_error->hide();
    showPetitioners();
    m_outName->setFocus();
}

void CaseDialog::removePetitioner()
{
    const int row = m_petitionerList->currentRow();
    if (row < 0)
        return;
    int seen = -1;
    for (int i = 0; i < m_petitioners.size(); ++i) {
        if (m_petitioners.at(i).personId == 0 && ++seen == row) {
            m_petitioners.removeAt(i);
            break;
        }
    }
    showPetitioners();
}

// The outsiders in their list; the count of all petitioners decides 集体访 by itself.
void CaseDialog::showPetitioners()
{
    m_petitionerList->clear();
    for (const core::Petitioner& p : m_petitioners) {
        if (p.personId != 0)
            continue;
        QStringList parts{p.name};
        for (const QString& s : {p.phone, p.address})
            if (!s.isEmpty())
                parts << s;
        m_petitionerList->addItem(parts.join(QStringLiteral("，")));
    }
    const int count = int(m_chooser->personIds().size() + m_petitionerList->count());
    const bool byItself = PetitionRules::isGroup(count, false);
    m_group->setText(byItself
                         ? tr("&Group petition (%n petitioners: set by itself)", nullptr, count)
                         : tr("&Group petition"));
    if (byItself)
        m_group->setChecked(true);
    m_group->setEnabled(!byItself && m_outName->isEnabled());
}

core::PetitionCase CaseDialog::registration() const
{
    core::PetitionCase c = m_case;
    c.receivedAt = m_received->dateTime();
    c.channel = core::PetitionChannel(m_channel->currentData().toInt());
    const bool forwarded = c.channel == core::PetitionChannel::Forwarded;
    c.forwardedBy = forwarded ? m_forwardedBy->text().trimmed() : QString();
    c.forwardedNumber = forwarded ? m_forwardedNumber->text().trimmed() : QString();
    c.subject = core::PetitionSubject(m_subject->currentData().toInt());
    c.townshipCode = m_township->currentData().toString();
    c.summary = m_summary->toPlainText().trimmed();
    c.demands = m_demands->toPlainText().trimmed();
    c.petitioners.clear();
    const core::PersonStore persons(*m_session.db);
    for (qint64 id : m_chooser->personIds()) {
        core::Petitioner p;
        for (const core::Petitioner& old : m_case.petitioners)
            if (old.personId == id)
                p = old;
        p.personId = id;
        if (const auto person = persons.byId(id); person)
            p.name = person->name;
        c.petitioners << p;
    }
    for (const core::Petitioner& p : m_petitioners)
        if (p.personId == 0)
            c.petitioners << p;
    const int count = int(c.petitioners.size());
    c.groupByHand = m_group->isChecked() && !PetitionRules::isGroup(count, false);
    c.group = PetitionRules::isGroup(count, c.groupByHand);
    c.beyond = core::BeyondLevel(m_beyond->currentData().toInt());
    c.repeatOfNumber = m_repeatOf->text().trimmed();
    c.repeatOfId = 0;
    if (!c.repeatOfNumber.isEmpty()) {
        core::CaseFilter f;
        f.text = c.repeatOfNumber;
        const auto found = core::PetitionListStore(*m_session.db)
                               .page(f, nullptr, 20, m_session.db->clock().today());
        if (found)
            for (const core::CaseLine& l : found.value())
                if (l.number == c.repeatOfNumber && l.id != c.id)
                    c.repeatOfId = l.id;
    }
    return c;
}

bool CaseDialog::save()
{
    if (!canHandle())
        return false;
    const core::PetitionCase c = registration();
    if (!c.repeatOfNumber.isEmpty() && c.repeatOfId == 0) {
        showError(m_error, tr("There is no case numbered %1.").arg(c.repeatOfNumber));
        m_repeatOf->setFocus();
        return false;
    }
    core::PetitionStore store(*m_session.db);
    if (c.id == 0) {
        auto id = store.registerCase(m_session.actor, c);
        if (!id) {
            showError(m_error, id.error());
            return false;
        }
        m_changed = true;
        load(id.value());
        m_tabs->setCurrentIndex(1);
        return true;
    }
    const core::Status s = store.updateRegistration(m_session.actor, c);
    if (!s) {
        showError(m_error, s.error());
        return false;
    }
    m_changed = true;
    load(c.id);
    return true;
}

void CaseDialog::accept()
{
    save();
}

void CaseDialog::load(qint64 caseId)
{
    m_error->hide();
    if (caseId > 0) {
        auto read = core::PetitionStore(*m_session.db).read(caseId);
        if (!read) {
            showError(m_error, read.error());
            m_case = core::PetitionCase();
            m_case.id = caseId;
        } else {
            m_case = read.takeValue();
        }
    } else {
        m_case = core::PetitionCase();
        m_case.receivedAt = m_session.db->clock().nowUtc().toLocalTime();
    }
    m_petitioners = m_case.petitioners;
    showRegistration();
    showWay();
}

void CaseDialog::showRegistration()
{
    const core::PetitionCase& c = m_case;
    m_header->setText(c.id > 0 ? tr("%1 — %2").arg(c.number, PetitionRules::statusTitle(c.status))
                               : tr("Register a case"));
    setWindowTitle(c.id > 0 ? tr("Case %1").arg(c.number) : tr("Register a case"));
    m_received->setMaximumDateTime(m_session.db->clock().nowUtc().toLocalTime().addSecs(60));
    m_received->setDateTime(c.receivedAt);
    select(m_channel, int(c.channel));
    m_forwardedBy->setText(c.forwardedBy);
    m_forwardedNumber->setText(c.forwardedNumber);
    QList<qint64> ids;
    for (const core::Petitioner& p : c.petitioners)
        if (p.personId > 0)
            ids << p.personId;
    m_chooser->setPersonIds(ids);
    select(m_subject, int(c.subject));
    select(m_township, c.townshipCode);
    m_summary->setPlainText(c.summary);
    m_demands->setPlainText(c.demands);
    m_group->setChecked(c.groupByHand || c.group);
    select(m_beyond, int(c.beyond));
    m_repeatOf->setText(c.repeatOfNumber);
    // Registration can change until the case ends for this office.
    const bool ended = c.status == core::CaseStatus::NotAccepted ||
                       c.status == core::CaseStatus::Forwarded ||
                       c.status == core::CaseStatus::Closed;
    const bool editable = canHandle() && !(c.id > 0 && ended);
    m_received->setEnabled(editable && c.id == 0);
    m_channel->setEnabled(editable && c.id == 0);
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_chooser, m_petitionerList, m_outName, m_outPhone, m_outAddress, m_outId,
             m_addOutsider, m_removePetitioner, m_subject, m_township, m_beyond, m_repeatOf})
        w->setEnabled(editable);
    for (QPlainTextEdit* t : {m_summary, m_demands})
        t->setReadOnly(!editable);
    channelChanged();
    if (!editable || c.id > 0) {
        m_forwardedBy->setEnabled(false);
        m_forwardedNumber->setEnabled(false);
    }
    showPetitioners();
    m_save->setText(c.id > 0 ? tr("&Save changes") : tr("&Save and register"));
    m_save->setVisible(editable);
    m_tabs->setTabEnabled(1, c.id > 0);
}

} // namespace youfu::ui
