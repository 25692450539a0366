#include "dialogs/standarddialog.h"

#include "dialogs/dialogparts.h"
#include "policy/policyrules.h"
#include "policy/policystore.h"
#include "registry/categoryrules.h"
#include "registry/categorystore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace youfu::ui {

StandardDialog::StandardDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New benefit standard"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        makeDialogHeader(tr("New benefit standard"),
                         tr("Standards are never changed: a new line supersedes the old one from "
                            "its effective date. Enter the basis document exactly as issued."),
                         this));
    auto* form = new QFormLayout;
    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("item"));
    for (core::StandardItem i : core::PolicyRules::allItems())
        m_item->addItem(core::PolicyRules::itemTitle(i), int(i));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->addItem(tr("All categories"), QString());
    for (const core::Category& c : core::CategoryStore(*session.db).all())
        m_category->addItem(c.name, c.code);
    m_grade = new QComboBox(this);
    m_grade->setObjectName(QStringLiteral("grade"));
    m_grade->addItem(tr("None"), 0);
    for (int g = 1; g <= 10; ++g)
        m_grade->addItem(core::CategoryRules::gradeTitle(g), g);
    m_nature = new QComboBox(this);
    m_nature->setObjectName(QStringLiteral("nature"));
    m_nature->addItem(tr("None"), QString());
    for (const QString& n : core::CategoryRules::natures())
        m_nature->addItem(n, n);
    m_residence = new QComboBox(this);
    m_residence->setObjectName(QStringLiteral("residence"));
    for (core::Residence r : {core::Residence::All, core::Residence::Urban, core::Residence::Rural})
        m_residence->addItem(core::PolicyRules::residenceTitle(r), int(r));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("yuan, e.g. 10920.00"));
    m_from = new QDateEdit(session.db->clock().today(), this);
    m_from->setObjectName(QStringLiteral("effectiveFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_basisNumber = new QLineEdit(this);
    m_basisNumber->setObjectName(QStringLiteral("basisNumber"));
    m_basisNumber->setPlaceholderText(QStringLiteral("民发〔2025〕12号"));
    m_basisTitle = new QLineEdit(this);
    m_basisTitle->setObjectName(QStringLiteral("basisTitle"));
    form->addRow(tr("&Item:"), m_item);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Grade:"), m_grade);
    form->addRow(tr("&Nature:"), m_nature);
    form->addRow(tr("&Residence:"), m_residence);
    form->addRow(tr("&Amount (yuan):"), m_amount);
    form->addRow(tr("&Effective from:"), m_from);
    form->addRow(tr("Basis n&umber:"), m_basisNumber);
    form->addRow(tr("Basis &title:"), m_basisTitle);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &StandardDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_category, &QComboBox::currentIndexChanged, this, &StandardDialog::updateFields);
    connect(m_item, &QComboBox::currentIndexChanged, this, &StandardDialog::updateFields);
    updateFields();
}

void StandardDialog::updateFields()
{
    const auto c = core::CategoryStore(*m_session.db).byCode(m_category->currentData().toString());
    const bool disability =
        c && c->needsDisability &&
        core::StandardItem(m_item->currentData().toInt()) == core::StandardItem::Annual;
    m_grade->setEnabled(disability);
    m_nature->setEnabled(disability);
    if (!disability) {
        m_grade->setCurrentIndex(0);
        m_nature->setCurrentIndex(0);
    }
}

void StandardDialog::save()
{
    core::BenefitStandard s;
    s.item = core::StandardItem(m_item->currentData().toInt());
    s.categoryCode = m_category->currentData().toString();
    s.grade = m_grade->currentData().toInt();
    s.nature = m_nature->currentData().toString();
    s.residence = core::Residence(m_residence->currentData().toInt());
    if (!core::PolicyRules::parseYuan(m_amount->text(), &s.amountFen)) {
        showError(m_error, tr("Enter the amount in yuan, e.g. 10920.00."));
        return;
    }
    s.effectiveFrom = m_from->date();
    s.basisNumber = m_basisNumber->text();
    s.basisTitle = m_basisTitle->text();
    auto id = core::PolicyStore(*m_session.db).add(m_session.actor, s);
    if (!id) {
        showError(m_error, id.error());
        return;
    }
    m_savedId = id.value();
    accept();
}

} // namespace youfu::ui
