#include "dialogs/personeditor.h"

#include "common/isotime.h"
#include "payment/personpaymentspanel.h"
#include "petition/personpetitionspanel.h"
#include "registry/areastore.h"
#include "registry/categorystore.h"
#include "registry/citizenid.h"
#include "registry/ethnicity.h"
#include "registry/personstore.h"
#include "registry/personsummarysheet.h"
#include "security/permission.h"
#include "security/userstore.h"
#include "settings/settingsstore.h"
#include "widgets/personcarepanel.h"
#include "widgets/personvisitspanel.h"
#include "widgets/printpreview.h"
#include "widgets/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace youfu::ui {

using core::PersonField;

namespace {
const char* const kErrorStyle = "color: #b00020;";
const char* const kInfoStyle = "color: #2e6b30;";
const char* const kHintStyle = "color: #5a6b82;";
} // namespace

PersonEditor::PersonEditor(Session& session, qint64 personId, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("personEditor"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    // Masked and locked numbers must not look typeable.
    setStyleSheet(
        QStringLiteral("QLineEdit[readOnly=\"true\"] { background: #eef1f5; color: #3c4858; }"));
    m_categoryTypes = core::CategoryStore(*session.db).all();
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("personHeader"));
    m_header->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold; color: #23324a;"));
    layout->addWidget(m_header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("personTabs"));
    m_tabs->addTab(buildParticulars(), tr("&Particulars"));
    m_tabs->addTab(buildCategories(), tr("Ca&tegories"));
    m_tabs->addTab(buildStatus(), tr("Stat&us"));
    m_tabs->addTab(buildHistory(), tr("&History"));
    m_tabs->addTab(m_visits = new PersonVisitsPanel(m_session, this), tr("Visit &log"));
    m_tabs->addTab(m_petitions = new PersonPetitionsPanel(m_session, this),
                   tr("Letters and visits"));
    m_tabs->addTab(m_payments = new PersonPaymentsPanel(m_session, this), tr("Payments"));
    m_tabs->addTab(m_care = new PersonCarePanel(m_session, this), tr("&Medical and care"));
    layout->addWidget(m_tabs, 1);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("personNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);

    auto* buttons = new QHBoxLayout;
    m_print = new QPushButton(tr("Print summar&y sheet…"), this);
    m_print->setObjectName(QStringLiteral("printSheet"));
    m_print->setAutoDefault(false);
    buttons->addWidget(m_print);
    m_draft = new QPushButton(tr("Dra&ft application…"), this);
    m_draft->setObjectName(QStringLiteral("draftApplication"));
    m_draft->setToolTip(tr("Draft a benefit application for this person"));
    m_draft->setAutoDefault(false);
    m_draft->setVisible(false);
    buttons->addWidget(m_draft);
    buttons->addStretch(1);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("savePerson"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_save->setAutoDefault(false);
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closePerson"));
    close->setAutoDefault(false);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_print, &QPushButton::clicked, this, &PersonEditor::print);
    connect(m_draft, &QPushButton::clicked, this, [this] {
        if (m_personId > 0)
            Q_EMIT draftApplicationRequested(m_personId);
    });

    resizeWithinScreen(this, QSize(980, 680));
    load(personId);
}

void PersonEditor::setDraftEnabled(bool enabled)
{
    m_draftEnabled = enabled;
    m_draft->setVisible(m_draftEnabled && m_personId > 0);
}

bool PersonEditor::canEdit() const
{
    return core::isAllowed(m_session.actor.roles, core::Permission::EditRegistry) &&
           !m_session.db->isReadOnly();
}

QLabel* PersonEditor::addField(QGridLayout* grid, int row, const QString& label, QWidget* field,
                               PersonField id, QWidget* extra)
{
    auto* l = new QLabel(label, field->parentWidget());
    l->setBuddy(field);
    grid->addWidget(l, row, 0, Qt::AlignRight | Qt::AlignVCenter);
    if (extra) {
        auto* box = new QHBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(field, 1);
        box->addWidget(extra);
        grid->addLayout(box, row, 1);
    } else {
        grid->addWidget(field, row, 1);
    }
    auto* message = new QLabel(field->parentWidget());
    message->setWordWrap(true);
    message->setMinimumWidth(300);
    message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    grid->addWidget(message, row, 2);
    m_messages.insert(id, message);
    m_fields.insert(id, field);
    return message;
}

QWidget* PersonEditor::buildParticulars()
{
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    int row = 0;

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    addField(grid, row++, tr("&Name:"), m_name, PersonField::Name)
        ->setObjectName(QStringLiteral("nameMessage"));

    m_citizenId = new QLineEdit(page);
    m_citizenId->setObjectName(QStringLiteral("citizenId"));
    m_citizenId->setPlaceholderText(tr("18 characters; an old 15-digit number is converted"));
    m_citizenId->setMaxLength(40);
    QFont mono = m_citizenId->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_citizenId->setFont(mono);
    m_showId = new QPushButton(tr("Show"), page);
    m_showId->setObjectName(QStringLiteral("showCitizenId"));
    m_showId->setToolTip(tr("Show the full number and birth date (recorded in the audit log)"));
    m_showId->setAutoDefault(false);
    m_idInfo =
        addField(grid, row++, tr("Citi&zen ID:"), m_citizenId, PersonField::CitizenId, m_showId);
    m_idInfo->setObjectName(QStringLiteral("citizenIdMessage"));
    m_openDuplicate = new QPushButton(tr("&Open that record"), page);
    m_openDuplicate->setObjectName(QStringLiteral("openDuplicate"));
    m_openDuplicate->setAutoDefault(false);
    m_openDuplicate->hide();
    grid->addWidget(m_openDuplicate, row++, 2, Qt::AlignLeft);

    m_sex = new QComboBox(page);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->addItem(tr("— from the ID —"), int(core::Sex::Unknown));
    m_sex->addItem(core::sexTitle(core::Sex::Male), int(core::Sex::Male));
    m_sex->addItem(core::sexTitle(core::Sex::Female), int(core::Sex::Female));
    addField(grid, row++, tr("Se&x:"), m_sex, PersonField::Sex)
        ->setObjectName(QStringLiteral("sexMessage"));

    m_birthDate = new QLineEdit(page);
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_birthDate->setPlaceholderText(tr("YYYY-MM-DD, taken from the ID"));
    addField(grid, row++, tr("&Born:"), m_birthDate, PersonField::BirthDate)
        ->setObjectName(QStringLiteral("birthDateMessage"));

    m_ethnicity = new QComboBox(page);
    m_ethnicity->setObjectName(QStringLiteral("ethnicity"));
    m_ethnicity->addItems(core::Ethnicity::all());
    addField(grid, row++, tr("Ethn&icity:"), m_ethnicity, PersonField::Ethnicity);

    m_phone = new QLineEdit(page);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("mobile 13807391234 or landline 0739-4221234"));
    m_showPhone = new QPushButton(tr("Show"), page);
    m_showPhone->setObjectName(QStringLiteral("showPhone"));
    m_showPhone->setToolTip(tr("Show the full number (recorded in the audit log)"));
    m_showPhone->setAutoDefault(false);
    addField(grid, row++, tr("Phon&e:"), m_phone, PersonField::Phone, m_showPhone)
        ->setObjectName(QStringLiteral("phoneMessage"));

    m_township = new QComboBox(page);
    m_township->setObjectName(QStringLiteral("township"));
    addField(grid, row++, tr("To&wnship:"), m_township, PersonField::Township)
        ->setObjectName(QStringLiteral("townshipMessage"));
    m_village = new QComboBox(page);
    m_village->setObjectName(QStringLiteral("village"));
    addField(grid, row++, tr("&Village / community:"), m_village, PersonField::Village)
        ->setObjectName(QStringLiteral("villageMessage"));
    m_address = new QLineEdit(page);
    m_address->setObjectName(QStringLiteral("address"));
    addField(grid, row++, tr("A&ddress:"), m_address, PersonField::Address)
        ->setObjectName(QStringLiteral("addressMessage"));

    m_bankName = new QLineEdit(page);
    m_bankName->setObjectName(QStringLiteral("bankName"));
    m_bankName->setPlaceholderText(tr("e.g. 武冈农村商业银行"));
    addField(grid, row++, tr("Ban&k:"), m_bankName, PersonField::BankName)
        ->setObjectName(QStringLiteral("bankNameMessage"));
    m_bankAccount = new QLineEdit(page);
    m_bankAccount->setObjectName(QStringLiteral("bankAccount"));
    m_showBank = new QPushButton(tr("Show"), page);
    m_showBank->setObjectName(QStringLiteral("showBankAccount"));
    m_showBank->setToolTip(tr("Show the full number (recorded in the audit log)"));
    m_showBank->setAutoDefault(false);
    addField(grid, row++, tr("Bank &account:"), m_bankAccount, PersonField::BankAccount, m_showBank)
        ->setObjectName(QStringLiteral("bankAccountMessage"));

    m_keyPerson = new QCheckBox(tr("Key person (重点对象): visited on a schedule"), page);
    m_keyPerson->setObjectName(QStringLiteral("keyPerson"));
    grid->addWidget(m_keyPerson, row++, 1, 1, 2);
    m_riskNote = new QLineEdit(page);
    m_riskNote->setObjectName(QStringLiteral("riskNote"));
    m_riskNote->setPlaceholderText(
        tr("why: the risk, e.g. repeated petitions about the benefit grade"));
    addField(grid, row++, tr("&Risk:"), m_riskNote, PersonField::RiskNote)
        ->setObjectName(QStringLiteral("riskNoteMessage"));
    grid->setRowStretch(row, 1);

    fillTownships();
    for (QLineEdit* e :
         {m_name, m_birthDate, m_phone, m_address, m_bankName, m_bankAccount, m_riskNote}) {
        connect(e, &QLineEdit::textEdited, this, [this, e] {
            m_touched.insert(m_fields.key(e));
            if (e == m_birthDate)
                m_birthFromId = m_birthDate->text().trimmed().isEmpty();
            validate();
        });
    }
    connect(m_citizenId, &QLineEdit::textEdited, this, [this] {
        m_touched.insert(PersonField::CitizenId);
        idChanged();
    });
    connect(m_sex, qOverload<int>(&QComboBox::activated), this, [this] {
        m_sexFromId = m_sex->currentIndex() == 0;
        m_touched.insert(PersonField::Sex);
        validate();
    });
    connect(m_ethnicity, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &PersonEditor::validate);
    connect(m_township, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        fillVillages();
        m_touched.insert(PersonField::Township);
        validate();
    });
    connect(m_village, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &PersonEditor::validate);
    connect(m_keyPerson, &QCheckBox::toggled, this, [this](bool on) {
        m_riskNote->setEnabled(on && canEdit());
        if (on && !m_loading)
            m_riskNote->setFocus();
        validate();
    });
    connect(m_showId, &QPushButton::clicked, this, &PersonEditor::reveal);
    connect(m_showPhone, &QPushButton::clicked, this, &PersonEditor::reveal);
    connect(m_showBank, &QPushButton::clicked, this, &PersonEditor::reveal);
    connect(m_openDuplicate, &QPushButton::clicked, this, &PersonEditor::openDuplicate);
    return page;
}

void PersonEditor::fillTownships()
{
    QSignalBlocker block(m_township);
    m_township->clear();
    m_township->addItem(tr("— choose —"), QString());
    for (const core::Township& t : core::AreaStore(*m_session.db).townships())
        m_township->addItem(t.name, t.code);
    fillVillages();
}

void PersonEditor::fillVillages()
{
    QSignalBlocker block(m_village);
    m_village->clear();
    const QString township = m_township->currentData().toString();
    m_village->addItem(township.isEmpty() ? tr("— choose the township first —") : tr("— none —"),
                       QString());
    if (!township.isEmpty())
        for (const core::Village& v : core::AreaStore(*m_session.db).villages(township))
            m_village->addItem(v.name, v.code);
    m_village->setEnabled(!township.isEmpty() && canEdit());
}

void PersonEditor::load(qint64 personId)
{
    m_personId = personId;
    m_person = core::Person();
    m_pendingCategories.clear();
    if (personId > 0) {
        auto p = core::PersonStore(*m_session.db).byId(personId);
        if (p)
            m_person = p.takeValue();
        else
            m_notice->setText(p.error());
    }
    m_touched.clear();
    m_showAll = false;
    m_duplicateId = 0;
    m_idEditable = m_personId == 0;
    m_phoneEditable = m_personId == 0;
    m_bankEditable = m_personId == 0;
    showPerson();
    showCategories();
    showStatus();
    showHistory();
    m_visits->setPerson(m_personId);
    m_petitions->setPerson(m_personId);
    m_payments->setPerson(m_personId);
    m_care->setPerson(m_personId);
    setDirty(false);
    m_tabs->setCurrentIndex(0);
    m_name->setFocus();
}

void PersonEditor::showPerson()
{
    m_loading = true;
    const core::Person& p = m_person;
    const bool isNew = m_personId == 0;
    setWindowTitle(isNew ? tr("New person") : tr("%1 — registry").arg(p.name));
    m_header->setText(
        isNew
            ? tr("Register a new person")
            : tr("%1   %2   %3").arg(p.name, p.maskedCitizenId, core::personStatusTitle(p.status)));
    m_name->setText(p.name);
    // Masked, the ID keeps its first six and last four; the full birth date beside it would
    // give back the eight in between, so only the year shows until the numbers are revealed.
    m_citizenId->setText(m_idEditable ? p.citizenId : p.maskedCitizenId);
    m_sexFromId = true;
    m_birthFromId = true;
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(int(p.sex))));
    const bool yearOnly = !m_idEditable && p.birthDate.isValid();
    m_birthDate->setText(yearOnly ? QString::number(p.birthDate.year())
                                  : core::toIsoDate(p.birthDate));
    // The label says what the field holds: 出生年份 while the ID is masked.
    for (QLabel* l : m_birthDate->parentWidget()->findChildren<QLabel*>())
        if (l->buddy() == m_birthDate)
            l->setText(yearOnly ? tr("&Birth year:") : tr("&Born:"));
    const int e =
        m_ethnicity->findText(p.ethnicity.isEmpty() ? core::Ethnicity::defaultName() : p.ethnicity);
    m_ethnicity->setCurrentIndex(std::max(0, e));
    m_phone->setText(isNew ? QString() : (p.revealed ? p.phone : p.maskedPhone));
    {
        QSignalBlocker block(m_township);
        m_township->setCurrentIndex(std::max(0, m_township->findData(p.townshipCode)));
    }
    fillVillages();
    m_village->setCurrentIndex(std::max(0, m_village->findData(p.villageCode)));
    m_address->setText(p.address);
    m_bankName->setText(p.bankName);
    m_bankAccount->setText(isNew ? QString() : (p.revealed ? p.bankAccount : p.maskedBankAccount));
    m_keyPerson->setChecked(p.keyPerson);
    m_riskNote->setText(p.riskNote);

    const bool edit = canEdit();
    for (QLineEdit* le : {m_name, m_address, m_bankName})
        le->setReadOnly(!edit);
    m_citizenId->setReadOnly(!edit || !m_idEditable);
    m_birthDate->setReadOnly(!edit || !m_idEditable);
    m_phone->setReadOnly(!edit || !m_phoneEditable);
    m_bankAccount->setReadOnly(!edit || !m_bankEditable);
    const QString locked = tr("Shown masked. “Show” reveals the full number to change it.");
    m_citizenId->setToolTip(m_idEditable ? QString() : locked);
    m_birthDate->setToolTip(m_idEditable ? QString() : locked);
    m_phone->setToolTip(m_phoneEditable ? QString() : locked);
    m_bankAccount->setToolTip(m_bankEditable ? QString() : locked);
    repolish();
    const bool canReveal =
        !isNew && core::isAllowed(m_session.actor.roles, core::Permission::RevealSensitive);
    m_showId->setVisible(!isNew && !m_idEditable);
    m_showId->setEnabled(canReveal);
    m_showPhone->setVisible(!isNew && !m_phoneEditable);
    m_showBank->setVisible(!isNew && !m_bankEditable);
    m_showPhone->setEnabled(canReveal);
    m_showBank->setEnabled(canReveal);
    for (QWidget* w : std::initializer_list<QWidget*>{m_sex, m_ethnicity, m_township, m_keyPerson})
        w->setEnabled(edit);
    m_riskNote->setEnabled(edit && m_keyPerson->isChecked());
    m_save->setEnabled(edit);
    // The sheet carries the full citizen ID and birth date: printing it is a reveal.
    m_draft->setVisible(m_draftEnabled && !isNew);
    m_print->setEnabled(!isNew && (p.revealed || canReveal));
    m_print->setToolTip(!isNew && !p.revealed
                            ? (canReveal ? tr("The sheet shows the full ID number; printing it "
                                              "is recorded in the audit log.")
                                         : tr("The sheet shows the full ID number, which you "
                                              "may not see."))
                            : QString());
    m_loading = false;
    idChanged();
}

core::PersonDraft PersonEditor::draft(QString* birthDateProblem) const
{
    core::PersonDraft d;
    d.name = m_name->text();
    d.sex = core::Sex(m_sex->currentData().toInt());
    d.ethnicity = m_ethnicity->currentText();
    d.citizenId = citizenIdForRules();
    const QString birth = m_birthDate->text().trimmed();
    if (!m_idEditable) {
        d.birthDate = m_person.birthDate; // the field shows only the year
    } else if (!birth.isEmpty()) {
        d.birthDate = core::fromIsoDate(birth);
        if (!d.birthDate.isValid() && birthDateProblem)
            *birthDateProblem = tr("Type the date as YYYY-MM-DD, e.g. 1949-12-31.");
    }
    if (m_phoneEditable)
        d.phone = m_phone->text();
    d.townshipCode = m_township->currentData().toString();
    d.villageCode = m_village->currentData().toString();
    d.address = m_address->text();
    d.bankName = m_bankName->text();
    if (m_bankEditable)
        d.bankAccount = m_bankAccount->text();
    d.keyPerson = m_keyPerson->isChecked();
    d.riskNote = m_riskNote->text();
    return d;
}

void PersonEditor::repolish()
{
    // The style sheet's [readOnly] selector is only looked at when a widget is polished.
    for (QLineEdit* e : findChildren<QLineEdit*>()) {
        e->style()->unpolish(e);
        e->style()->polish(e);
    }
}

void PersonEditor::setMessage(PersonField field, const QString& text, bool error)
{
    QLabel* l = m_messages.value(field);
    if (!l)
        return;
    l->setText(text);
    l->setStyleSheet(QLatin1String(error ? kErrorStyle : kInfoStyle));
}

QString PersonEditor::fieldMessage(PersonField field) const
{
    const QLabel* l = m_messages.value(field);
    return l ? l->text() : QString();
}

QString PersonEditor::citizenIdForRules() const
{
    return m_idEditable ? m_citizenId->text() : m_person.citizenId;
}

void PersonEditor::idChanged()
{
    if (m_loading)
        return;
    const QDate today = m_session.db->clock().today();
    const core::CitizenIdCheck id = core::CitizenId::check(citizenIdForRules(), today);
    // Sex and birth date follow a valid ID until the clerk sets them.
    if (id.isValid() && !m_idEditable) {
        m_duplicateId = 0; // the stored number, which the store keeps unique
    } else if (id.isValid()) {
        m_loading = true;
        if (m_sexFromId)
            m_sex->setCurrentIndex(std::max(0, m_sex->findData(int(id.sex))));
        if (m_birthFromId)
            m_birthDate->setText(core::toIsoDate(id.birthDate));
        m_loading = false;
        m_duplicateId = 0;
        auto other = core::PersonStore(*m_session.db).byCitizenId(id.canonical);
        if (other && other->id != m_personId)
            m_duplicateId = other->id;
    } else {
        m_duplicateId = 0;
    }
    validate();
}

void PersonEditor::validate()
{
    if (m_loading)
        return;
    setDirty(true);
    QString birthProblem;
    const core::PersonDraft d = draft(&birthProblem);
    const QDate today = m_session.db->clock().today();
    QList<core::FieldError> errors = core::PersonRules::check(d, today, nullptr);
    if (!birthProblem.isEmpty())
        errors.prepend({PersonField::BirthDate, birthProblem});
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        if (it.key() != PersonField::CitizenId)
            setMessage(it.key(), QString(), false);
    QSet<PersonField> shown;
    for (const core::FieldError& e : errors) {
        if (e.field == PersonField::CitizenId || shown.contains(e.field))
            continue;
        if (m_showAll || m_touched.contains(e.field)) {
            setMessage(e.field, e.message, true);
            shown.insert(e.field);
        }
    }

    // The ID line says what the number means, or which rule it breaks.
    const QString typed = citizenIdForRules();
    const core::CitizenIdCheck id = core::CitizenId::check(typed, today);
    const int len = int(core::CitizenId::normalise(typed).size());
    m_openDuplicate->setVisible(m_duplicateId > 0);
    if (!m_idEditable) {
        setMessage(PersonField::CitizenId,
                   id.isValid() ? tr("%1 · born in %2 · %3")
                                      .arg(core::CitizenId::mask(id.canonical))
                                      .arg(id.birthDate.year())
                                      .arg(core::sexTitle(id.sex))
                                : QString(),
                   false);
    } else if (id.isValid()) {
        if (m_duplicateId > 0) {
            auto other = core::PersonStore(*m_session.db).byId(m_duplicateId);
            setMessage(PersonField::CitizenId,
                       tr("Already registered for %1 (born %2, %3).")
                           .arg(other ? other->name : QString(),
                                other ? core::toIsoDate(other->birthDate) : QString(),
                                other ? other->townshipName : QString()),
                       true);
            return;
        }
        QString info =
            tr("%1 · born %2 · %3")
                .arg(id.canonical, core::toIsoDate(id.birthDate), core::sexTitle(id.sex));
        if (id.converted)
            info += QLatin1Char('\n') + id.note;
        setMessage(PersonField::CitizenId, info, false);
    } else if (len == 0 && !m_showAll) {
        setMessage(PersonField::CitizenId, QString(), false);
    } else if (id.problem == core::CitizenIdProblem::WrongLength && len < 18 && len != 15 &&
               !m_showAll && m_citizenId->hasFocus()) {
        // Still typing: count, don't scold.
        setMessage(PersonField::CitizenId, tr("%1 of 18 characters").arg(len), false);
        m_messages.value(PersonField::CitizenId)->setStyleSheet(QLatin1String(kHintStyle));
    } else {
        setMessage(PersonField::CitizenId, id.message, true);
    }
}

void PersonEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
}

bool PersonEditor::save()
{
    if (!canEdit())
        return false;
    m_showAll = true;
    validate();
    QString birthProblem;
    const core::PersonDraft d = draft(&birthProblem);
    if (!birthProblem.isEmpty()) {
        m_tabs->setCurrentIndex(0);
        m_birthDate->setFocus();
        m_notice->setText(tr("Not saved: %1").arg(birthProblem));
        m_notice->setStyleSheet(QLatin1String(kErrorStyle));
        return false;
    }
    core::PersonStore store(*m_session.db);
    const bool isNew = m_personId == 0;
    const core::PersonSaveResult r =
        isNew ? store.add(m_session.actor, d) : store.update(m_session.actor, m_personId, d);
    if (!r) {
        // Everything typed stays; the reason goes beside the field core names.
        if (r.duplicateOfId > 0)
            m_duplicateId = r.duplicateOfId;
        m_openDuplicate->setVisible(m_duplicateId > 0);
        if (r.field != PersonField::None && m_messages.contains(r.field)) {
            setMessage(r.field, r.error(), true);
            m_tabs->setCurrentIndex(0);
            if (QWidget* f = m_fields.value(r.field))
                f->setFocus();
        }
        m_notice->setText(tr("Not saved: %1").arg(r.error()));
        m_notice->setStyleSheet(QLatin1String(kErrorStyle));
        return false;
    }
    QStringList told;
    bool problem = false;
    told << (isNew ? tr("Registered.") : tr("Saved."));
    if (!r.note.isEmpty())
        told << r.note;
    // Categories chosen before the person existed are added now, each audited.
    for (const core::PersonCategory& pc : std::as_const(m_pendingCategories)) {
        auto added = store.addCategory(m_session.actor, r.id, pc);
        if (!added) {
            problem = true;
            told << tr("The category %1 was not added: %2").arg(pc.categoryName, added.error());
        }
    }
    load(r.id);
    m_notice->setText(told.join(QLatin1Char(' ')));
    m_notice->setStyleSheet(QLatin1String(problem ? kErrorStyle : kInfoStyle));
    Q_EMIT saved(r.id);
    return true;
}

void PersonEditor::reveal()
{
    auto p = core::PersonStore(*m_session.db).byIdRevealed(m_session.actor, m_personId);
    if (!p) {
        m_notice->setText(p.error());
        m_notice->setStyleSheet(QLatin1String(kErrorStyle));
        return;
    }
    // Only the masked fields change; what the clerk typed elsewhere stays.
    m_loading = true;
    m_person.revealed = true;
    m_person.citizenId = p->citizenId;
    m_person.birthDate = p->birthDate;
    m_person.phone = p->phone;
    m_person.bankAccount = p->bankAccount;
    m_citizenId->setText(p->citizenId);
    m_birthDate->setText(core::toIsoDate(p->birthDate));
    m_phone->setText(p->phone);
    m_bankAccount->setText(p->bankAccount);
    m_idEditable = m_phoneEditable = m_bankEditable = true;
    for (QLineEdit* e : {m_citizenId, m_birthDate, m_phone, m_bankAccount}) {
        e->setReadOnly(!canEdit());
        e->setToolTip(QString());
    }
    repolish();
    m_showId->hide();
    m_showPhone->hide();
    m_showBank->hide();
    m_print->setToolTip(QString());
    m_loading = false;
    const bool dirty = m_dirty; // showing is no change
    validate();
    setDirty(dirty);
    showHistory();
}

void PersonEditor::openDuplicate()
{
    if (m_duplicateId <= 0)
        return;
    if (m_dirty && m_personId > 0 &&
        QMessageBox::question(
            this, tr("Open that record"),
            tr("Leave the changes to this person unsaved and open the other record?")) !=
            QMessageBox::Yes)
        return;
    load(m_duplicateId);
}

core::OfficialDocument PersonEditor::summarySheet() const
{
    if (m_personId == 0)
        return core::OfficialDocument();
    core::PersonSummarySheet::Context ctx;
    ctx.officeName = core::SettingsStore(*m_session.db).officeName();
    ctx.preparedBy = m_session.actor.displayName;
    ctx.today = m_session.db->clock().today();
    // The store names people, not logins, as the paper does.
    const auto history = core::PersonStore(*m_session.db).statusHistory(m_personId);
    return core::PersonSummarySheet::build(
        m_person, history ? history.value() : QList<core::PersonStatusChange>(), ctx);
}

void PersonEditor::print()
{
    if (m_personId == 0)
        return;
    if (!m_person.revealed) {
        reveal(); // audited; refused without Permission::RevealSensitive
        if (!m_person.revealed)
            return;
    }
    showPrintPreview(this, summarySheet(), core::PersonSummarySheet::suggestedFileName(m_person));
}

void PersonEditor::reject()
{
    // Escape, the Close button and the window's close box all come here.
    if (m_dirty && canEdit() &&
        QMessageBox::question(this, tr("Close"), tr("Close without saving the changes?"),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace youfu::ui
