#include "visit/campaigndraftdialog.h"

#include "dialogs/dialogparts.h"
#include "registry/areastore.h"
#include "registry/categorystore.h"
#include "visit/campaignrules.h"
#include "visit/campaignstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QListWidget* checkList(const QString& objectName, QWidget* parent)
{
    auto* l = new QListWidget(parent);
    l->setObjectName(objectName);
    l->setMinimumHeight(140);
    return l;
}

QStringList checkedCodes(const QListWidget* list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            codes << list->item(i)->data(Qt::UserRole).toString();
    return codes;
}
} // namespace

CampaignDraftDialog::CampaignDraftDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("campaignDraftDialog"));
    setWindowTitle(tr("New festival campaign"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        tr("New festival campaign"),
        tr("The list is made from the registry: every active person holding one of the "
           "categories, in the townships ticked (none ticked: every township)."),
        this));
    auto* form = new QFormLayout;
    m_festival = new QComboBox(this);
    m_festival->setObjectName(QStringLiteral("festival"));
    for (core::Festival f : {core::Festival::Bayi, core::Festival::Spring})
        m_festival->addItem(core::CampaignRules::festivalTitle(f), int(f));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    const QDate today = session.db ? session.db->clock().today() : QDate::currentDate();
    m_year->setValue(today.year());
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(
        tr("e.g. 2026年八一慰问 (left empty: made from festival and year)"));
    auto* festivalLabel = new QLabel(tr("&Festival:"), this);
    festivalLabel->setBuddy(m_festival);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto* titleLabel = new QLabel(tr("T&itle:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(festivalLabel, m_festival);
    form->addRow(yearLabel, m_year);
    form->addRow(titleLabel, m_title);
    layout->addLayout(form);

    auto* lists = new QHBoxLayout;
    m_categories = checkList(QStringLiteral("categories"), this);
    m_townships = checkList(QStringLiteral("townships"), this);
    if (session.db) {
        for (const core::Category& c : core::CategoryStore(*session.db).all()) {
            auto* item = new QListWidgetItem(c.name, m_categories);
            item->setData(Qt::UserRole, c.code);
            item->setCheckState(Qt::Unchecked);
        }
        for (const core::Township& t : core::AreaStore(*session.db).townships()) {
            auto* item = new QListWidgetItem(t.name, m_townships);
            item->setData(Qt::UserRole, t.code);
            item->setCheckState(Qt::Unchecked);
        }
    }
    auto* catBox = new QVBoxLayout;
    auto* catLabel = new QLabel(tr("&Categories visited:"), this);
    catLabel->setBuddy(m_categories);
    catBox->addWidget(catLabel);
    catBox->addWidget(m_categories);
    auto* townBox = new QVBoxLayout;
    auto* townLabel = new QLabel(tr("T&ownships (none ticked: all):"), this);
    townLabel->setBuddy(m_townships);
    townBox->addWidget(townLabel);
    townBox->addWidget(m_townships);
    lists->addLayout(catBox);
    lists->addLayout(townBox);
    layout->addLayout(lists);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make the list"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDraftDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

core::CampaignDraft CampaignDraftDialog::draft() const
{
    core::CampaignDraft d;
    d.festival = core::Festival(m_festival->currentData().toInt());
    d.year = m_year->value();
    d.title = m_title->text().trimmed();
    d.categoryCodes = checkedCodes(m_categories);
    d.townshipCodes = checkedCodes(m_townships);
    return d;
}

void CampaignDraftDialog::accept()
{
    auto id = core::CampaignStore(*m_session.db).draft(m_session.actor, draft());
    if (!id) {
        showError(m_error, id.error());
        return;
    }
    m_id = id.value();
    QDialog::accept();
}

} // namespace youfu::ui
