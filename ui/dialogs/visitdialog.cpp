#include "dialogs/visitdialog.h"

#include "archive/scanstore.h"
#include "dialogs/dialogparts.h"
#include "petition/petitionrules.h"
#include "policy/policyrules.h"
#include "visit/visitfollowup.h"
#include "visit/visitrules.h"
#include "visit/visitstore.h"
#include "widgets/filechooser.h"
#include "widgets/personchooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QPlainTextEdit* textBox(QWidget* parent, const char* name)
{
    auto* t = new QPlainTextEdit(parent);
    t->setObjectName(QLatin1String(name));
    t->setTabChangesFocus(true);
    t->setFixedHeight(t->fontMetrics().lineSpacing() * 3 + 12);
    return t;
}

QStringList names(const QString& text)
{
    QStringList out;
    for (const QString& n :
         text.split(QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts))
        if (!n.trimmed().isEmpty())
            out << n.trimmed();
    return out;
}
} // namespace

VisitDialog::VisitDialog(Session& session, const QDate& date, qint64 personId, qint64 planId,
                         QWidget* parent)
    : QDialog(parent), m_session(session), m_planId(planId)
{
    setObjectName(QStringLiteral("visitDialog"));
    setWindowTitle(tr("Record a visit"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        windowTitle(), tr("Who was seen, what they asked, what follows. Money in yuan."), this));
    // The fields scroll on a low screen (1280×680); the buttons stay in view.
    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);

    m_date = new QDateEdit(date.isValid() ? date : session.db->clock().today(), fields);
    m_date->setObjectName(QStringLiteral("visitDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(session.db->clock().today());
    auto* top = new QHBoxLayout;
    top->addWidget(m_date);
    m_form = new QComboBox(fields);
    m_form->setObjectName(QStringLiteral("visitForm"));
    for (core::VisitForm f : {core::VisitForm::Home, core::VisitForm::Phone,
                              core::VisitForm::AtBureau, core::VisitForm::Symposium})
        m_form->addItem(core::VisitRules::formTitle(f), int(f));
    auto* formLabel = new QLabel(tr("F&orm:"), fields);
    formLabel->setBuddy(m_form);
    top->addWidget(formLabel);
    top->addWidget(m_form);
    top->addStretch(1);
    form->addRow(tr("&Date:"), top);
    qobject_cast<QLabel*>(form->labelForField(top))->setBuddy(m_date);

    m_persons = new PersonChooser(*session.db, true, fields);
    form->addRow(tr("&Persons met:"), m_persons);
    qobject_cast<QLabel*>(form->labelForField(m_persons))->setBuddy(m_persons->searchBox());
    if (personId > 0)
        m_persons->setPersonIds({personId});

    auto* who = new QHBoxLayout;
    m_me = new QCheckBox(tr("I &was there"), fields);
    m_me->setObjectName(QStringLiteral("visitorMe"));
    m_me->setChecked(true);
    m_visitors = new QLineEdit(fields);
    m_visitors->setObjectName(QStringLiteral("visitorNames"));
    m_visitors->setPlaceholderText(tr("Others, separated by commas"));
    who->addWidget(m_me);
    who->addWidget(m_visitors, 1);
    form->addRow(tr("&Visitors:"), who);
    qobject_cast<QLabel*>(form->labelForField(who))->setBuddy(m_visitors);

    m_demands = textBox(fields, "demands");
    form->addRow(tr("What they said and &asked:"), m_demands);
    m_explained = textBox(fields, "explained");
    form->addRow(tr("&Explained:"), m_explained);
    m_difficulties = textBox(fields, "difficulties");
    form->addRow(tr("Di&fficulties found:"), m_difficulties);

    auto* gift = new QHBoxLayout;
    m_money = new QLineEdit(fields);
    m_money->setObjectName(QStringLiteral("money"));
    m_money->setPlaceholderText(QStringLiteral("0.00"));
    m_money->setMaximumWidth(140);
    m_goods = new QLineEdit(fields);
    m_goods->setObjectName(QStringLiteral("goods"));
    auto* goodsLabel = new QLabel(tr("&Goods:"), fields);
    goodsLabel->setBuddy(m_goods);
    gift->addWidget(m_money);
    gift->addWidget(goodsLabel);
    gift->addWidget(m_goods, 1);
    form->addRow(tr("&Money (yuan):"), gift);
    qobject_cast<QLabel*>(form->labelForField(gift))->setBuddy(m_money);

    auto* photos = new QHBoxLayout;
    m_addPhotos = new QPushButton(tr("Add p&hoto…"), fields);
    m_addPhotos->setObjectName(QStringLiteral("addPhoto"));
    m_photoCount = new QLabel(fields);
    photos->addWidget(m_addPhotos);
    photos->addWidget(m_photoCount, 1);
    form->addRow(tr("Photos:"), photos);

    auto* follow = new QHBoxLayout;
    m_followUp = new QComboBox(fields);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    for (core::FollowUpKind k :
         {core::FollowUpKind::None, core::FollowUpKind::PetitionCase,
          core::FollowUpKind::AssistanceDraft, core::FollowUpKind::ChiefNote})
        m_followUp->addItem(core::VisitRules::followUpTitle(k), int(k));
    // A case opened from the visit asks its subject; the other kinds take a note.
    m_subject = new QComboBox(fields);
    m_subject->setObjectName(QStringLiteral("followUpSubject"));
    for (core::PetitionSubject k :
         {core::PetitionSubject::Benefit, core::PetitionSubject::Status,
          core::PetitionSubject::Medical, core::PetitionSubject::Housing,
          core::PetitionSubject::Employment, core::PetitionSubject::Other})
        m_subject->addItem(core::PetitionRules::subjectTitle(k), int(k));
    m_subject->setToolTip(tr("The subject of the letters-and-visits case opened from the visit"));
    m_followUpNote = new QLineEdit(fields);
    m_followUpNote->setObjectName(QStringLiteral("followUpNote"));
    m_followUpNote->setPlaceholderText(tr("Note for the section chief"));
    follow->addWidget(m_followUp);
    follow->addWidget(m_subject);
    follow->addWidget(m_followUpNote, 1);
    form->addRow(tr("Follow-&up:"), follow);
    qobject_cast<QLabel*>(form->labelForField(follow))->setBuddy(m_followUp);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save visit"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VisitDialog::reject);
    connect(m_addPhotos, &QPushButton::clicked, this, &VisitDialog::addPhotos);
    connect(m_followUp, &QComboBox::currentIndexChanged, this, &VisitDialog::followUpChanged);
    followUpChanged();
    resize(760, 640);
    (personId > 0 ? static_cast<QWidget*>(m_form) : m_persons->searchBox())->setFocus();
}

void VisitDialog::followUpChanged()
{
    const auto kind = core::FollowUpKind(m_followUp->currentData().toInt());
    m_subject->setVisible(kind == core::FollowUpKind::PetitionCase);
    m_followUpNote->setEnabled(kind != core::FollowUpKind::None);
    m_followUpNote->setPlaceholderText(kind == core::FollowUpKind::ChiefNote
                                           ? tr("Note for the section chief")
                                           : tr("Note (optional)"));
}

void VisitDialog::addPhotos()
{
    const QString path = chooseOpenFile(this, tr("Photo of the visit"), QString(),
                                        tr("Photos and scans (*.jpg *.jpeg *.png *.pdf)"));
    if (path.isEmpty())
        return;
    core::ScanStore scans(core::ScanStore::rootFor(*m_session.db));
    auto stored = scans.putFile(path);
    if (!stored) {
        showError(m_error, stored.error());
        return;
    }
    if (!m_photos.contains(stored->sha256))
        m_photos << stored->sha256;
    m_photoCount->setText(tr("%n photo(s) attached", nullptr, int(m_photos.size())));
}

core::VisitRecord VisitDialog::visit(bool* moneyOk) const
{
    core::VisitRecord v;
    v.date = m_date->date();
    v.form = core::VisitForm(m_form->currentData().toInt());
    v.personIds = m_persons->personIds();
    v.planId = m_planId;
    if (m_me->isChecked())
        v.visitorUserIds << m_session.actor.userId;
    v.visitorNames = names(m_visitors->text());
    v.demands = m_demands->toPlainText().trimmed();
    v.explained = m_explained->toPlainText().trimmed();
    v.difficulties = m_difficulties->toPlainText().trimmed();
    const QString money = m_money->text().trimmed();
    bool ok = true;
    if (!money.isEmpty())
        ok = core::PolicyRules::parseYuan(money, &v.moneyFen) && v.moneyFen >= 0;
    if (moneyOk)
        *moneyOk = ok;
    v.goods = m_goods->text().trimmed();
    v.photoShas = m_photos;
    v.followUp = core::FollowUpKind(m_followUp->currentData().toInt());
    if (v.followUp != core::FollowUpKind::None)
        v.followUpNote = m_followUpNote->text().trimmed();
    return v;
}

void VisitDialog::accept()
{
    bool moneyOk = true;
    const core::VisitRecord v = visit(&moneyOk);
    if (!moneyOk) {
        showError(m_error, tr("The money is not an amount in yuan, like 500 or 500.00."));
        m_money->setFocus();
        return;
    }
    const QStringList problems = core::VisitRules::checkVisit(v, m_session.db->clock().today());
    if (!problems.isEmpty()) {
        showError(m_error, problems.join(QLatin1Char('\n')));
        return;
    }
    // The visit and the case or draft it opens are saved together, or neither.
    core::VisitFollowUp followUp(*m_session.db);
    auto saved = followUp.record(m_session.actor, v,
                                 core::PetitionSubject(m_subject->currentData().toInt()));
    if (!saved) {
        showError(m_error, saved.error());
        return;
    }
    m_recorded = saved.value();
    if (auto recorded = core::VisitStore(*m_session.db).visit(m_recorded))
        if (auto link = followUp.linkOf(recorded.value()))
            m_opened = link->title;
    QDialog::accept();
}

} // namespace youfu::ui
