#include "dialogs/personcategorydialog.h"

#include "dialogs/dialogparts.h"
#include "registry/categoryrules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QDateEdit* dateEdit(const QDate& value, QWidget* parent, const char* name)
{
    auto* d = new QDateEdit(value, parent);
    d->setObjectName(QLatin1String(name));
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->setMinimumDate(QDate(1900, 1, 1));
    return d;
}
} // namespace

PersonCategoryDialog::PersonCategoryDialog(const QList<core::Category>& categories,
                                           const QDate& birthDate, const QDate& today,
                                           QWidget* parent)
    : QDialog(parent), m_categories(categories), m_birthDate(birthDate), m_today(today)
{
    setObjectName(QStringLiteral("personCategoryDialog"));
    setWindowTitle(tr("Add a category"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        tr("Add a category"), tr("A person may hold several categories, each from its own date."),
        this));
    auto* form = new QFormLayout;
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    for (const core::Category& c : m_categories)
        m_category->addItem(c.name, c.code);
    form->addRow(tr("&Category:"), m_category);
    m_start = dateEdit(today, this, "startDate");
    form->addRow(tr("Held &from:"), m_start);
    layout->addLayout(form);

    m_disability = new QWidget(this);
    auto* df = new QFormLayout(m_disability);
    df->setContentsMargins(0, 0, 0, 0);
    m_grade = new QComboBox(m_disability);
    m_grade->setObjectName(QStringLiteral("grade"));
    m_grade->addItem(tr("— choose —"), 0);
    for (int g = 1; g <= 10; ++g)
        m_grade->addItem(core::CategoryRules::gradeTitle(g), g);
    m_nature = new QComboBox(m_disability);
    m_nature->setObjectName(QStringLiteral("nature"));
    m_nature->addItem(tr("— choose —"), QString());
    for (const QString& n : core::CategoryRules::natures())
        m_nature->addItem(n, n);
    df->addRow(tr("Disability &grade:"), m_grade);
    df->addRow(tr("&Nature:"), m_nature);
    layout->addWidget(m_disability);

    m_survivor = new QWidget(this);
    auto* sf = new QFormLayout(m_survivor);
    sf->setContentsMargins(0, 0, 0, 0);
    m_relation = new QComboBox(m_survivor);
    m_relation->setObjectName(QStringLiteral("relation"));
    m_relation->addItem(tr("— choose —"), QString());
    for (const QString& r : core::CategoryRules::survivorRelations())
        m_relation->addItem(r, r);
    m_serviceman = new QLineEdit(m_survivor);
    m_serviceman->setObjectName(QStringLiteral("servicemanName"));
    sf->addRow(tr("&Relation to the serviceman:"), m_relation);
    sf->addRow(tr("&Serviceman's name:"), m_serviceman);
    layout->addWidget(m_survivor);

    m_service = new QWidget(this);
    auto* vf = new QFormLayout(m_service);
    vf->setContentsMargins(0, 0, 0, 0);
    const QDate guess = birthDate.isValid() ? birthDate.addYears(18) : today.addYears(-40);
    m_enlisted = dateEdit(guess, m_service, "enlistedOn");
    m_discharged = dateEdit(guess.addYears(3), m_service, "dischargedOn");
    vf->addRow(tr("&Enlisted on:"), m_enlisted);
    vf->addRow(tr("&Discharged on:"), m_discharged);
    layout->addWidget(m_service);

    m_message = makeErrorLabel(this);
    m_message->setObjectName(QStringLiteral("categoryMessage"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonCategoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonCategoryDialog::reject);
    layout->addWidget(buttons);
    layout->addStretch(1);
    setMinimumWidth(460);

    connect(m_category, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &PersonCategoryDialog::categoryChanged);
    for (QComboBox* c : {m_grade, m_nature, m_relation})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this,
                &PersonCategoryDialog::check);
    for (QDateEdit* d : {m_start, m_enlisted, m_discharged})
        connect(d, &QDateEdit::dateChanged, this, &PersonCategoryDialog::check);
    connect(m_serviceman, &QLineEdit::textChanged, this, &PersonCategoryDialog::check);
    categoryChanged();
}

core::Category PersonCategoryDialog::category() const
{
    const int i = m_category->currentIndex();
    return i >= 0 && i < m_categories.size() ? m_categories.at(i) : core::Category();
}

core::PersonCategory PersonCategoryDialog::value() const
{
    const core::Category c = category();
    core::PersonCategory pc;
    pc.categoryCode = c.code;
    pc.categoryName = c.name;
    pc.startDate = m_start->date();
    if (c.needsDisability) {
        pc.grade = m_grade->currentData().toInt();
        pc.nature = m_nature->currentData().toString();
    }
    if (c.needsSurvivor) {
        pc.relation = m_relation->currentData().toString();
        pc.servicemanName = m_serviceman->text().trimmed();
    }
    if (c.needsService) {
        pc.enlistedOn = m_enlisted->date();
        pc.dischargedOn = m_discharged->date();
    }
    return pc;
}

void PersonCategoryDialog::categoryChanged()
{
    const core::Category c = category();
    m_disability->setVisible(c.needsDisability);
    m_survivor->setVisible(c.needsSurvivor);
    m_service->setVisible(c.needsService);
    adjustSize();
    check();
}

void PersonCategoryDialog::check()
{
    const core::Status s =
        core::CategoryRules::checkDetails(category(), value(), m_birthDate, m_today);
    showError(m_message, s ? QString() : s.error());
}

void PersonCategoryDialog::accept()
{
    check();
    if (m_message->isVisible())
        return;
    QDialog::accept();
}

bool askCategoryEnd(QWidget* parent, const QString& categoryName, const QDate& today,
                    QDate* endDate, QString* reason)
{
    QDialog dlg(parent);
    dlg.setObjectName(QStringLiteral("endCategoryDialog"));
    dlg.setWindowTitle(PersonCategoryDialog::tr("End a category"));
    auto* layout = new QVBoxLayout(&dlg);
    layout->addWidget(
        makeDialogHeader(PersonCategoryDialog::tr("End “%1”").arg(categoryName),
                         PersonCategoryDialog::tr("The category stays in the person's record with "
                                                  "its end date."),
                         &dlg));
    auto* form = new QFormLayout;
    QDateEdit* date = dateEdit(today, &dlg, "endDate");
    auto* why = new QLineEdit(&dlg);
    why->setObjectName(QStringLiteral("endReason"));
    form->addRow(PersonCategoryDialog::tr("&Ends on:"), date);
    form->addRow(PersonCategoryDialog::tr("&Reason:"), why);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    layout->addWidget(buttons);
    dlg.setMinimumWidth(420);
    if (dlg.exec() != QDialog::Accepted)
        return false;
    *endDate = date->date();
    *reason = why->text().trimmed();
    return true;
}

} // namespace youfu::ui
