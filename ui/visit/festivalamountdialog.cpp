#include "visit/festivalamountdialog.h"

#include "common/isotime.h"
#include "dialogs/dialogparts.h"
#include "registry/categorystore.h"
#include "security/permission.h"
#include "visit/campaignrules.h"
#include "visit/campaignstore.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace youfu::ui {

FestivalAmountDialog::FestivalAmountDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("festivalAmountDialog"));
    setWindowTitle(tr("Festival gift amounts"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        tr("Festival gift amounts"),
        tr("The amount per category at 八一 and 春节, with its basis document. A new line "
           "supersedes the old from its effective date."),
        this));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("amounts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Festival"), tr("Category"), tr("Amount (yuan)"), tr("Effective from"), tr("Basis")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    fitColumns(m_table, 4);
    layout->addWidget(m_table, 1);

    const bool mayEdit =
        session.db && core::isAllowed(session.actor.roles, core::Permission::EditPolicyBook);
    auto* form = new QFormLayout;
    m_festival = new QComboBox(this);
    m_festival->setObjectName(QStringLiteral("festival"));
    for (core::Festival f : {core::Festival::Bayi, core::Festival::Spring})
        m_festival->addItem(core::CampaignRules::festivalTitle(f), int(f));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    if (session.db)
        for (const core::Category& c : core::CategoryStore(*session.db).all())
            m_category->addItem(c.name, c.code);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setRange(0, 1'000'000);
    m_amount->setDecimals(2);
    m_amount->setSuffix(tr(" yuan"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("effectiveFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setDate(session.db ? session.db->clock().today() : QDate::currentDate());
    m_basisNumber = new QLineEdit(this);
    m_basisNumber->setObjectName(QStringLiteral("basisNumber"));
    m_basisTitle = new QLineEdit(this);
    m_basisTitle->setObjectName(QStringLiteral("basisTitle"));
    form->addRow(tr("&Festival:"), m_festival);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("A&mount:"), m_amount);
    form->addRow(tr("Effective f&rom:"), m_from);
    form->addRow(tr("Basis n&umber:"), m_basisNumber);
    form->addRow(tr("Basis &title:"), m_basisTitle);
    auto* formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setEnabled(mayEdit);
    layout->addWidget(formBox);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* add = buttons->addButton(tr("&Add line"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addAmount"));
    add->setEnabled(mayEdit);
    connect(add, &QPushButton::clicked, this, [this] { addAmount(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 560);
    reload();
}

void FestivalAmountDialog::reload()
{
    m_table->setRowCount(0);
    if (!m_session.db)
        return;
    auto all = core::CampaignStore(*m_session.db).amounts();
    if (!all) {
        showError(m_error, all.error());
        return;
    }
    m_table->setRowCount(int(all->size()));
    for (int r = 0; r < all->size(); ++r) {
        const core::FestivalAmount& a = all->at(r);
        const QStringList cells = {core::CampaignRules::festivalTitle(a.festival), a.categoryName,
                                   core::CampaignRules::yuan(a.amountFen),
                                   core::chineseDate(a.effectiveFrom),
                                   a.basisNumber + QLatin1Char(' ') + a.basisTitle};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
}

bool FestivalAmountDialog::addAmount()
{
    core::FestivalAmount a;
    a.festival = core::Festival(m_festival->currentData().toInt());
    a.categoryCode = m_category->currentData().toString();
    a.amountFen = std::llround(m_amount->value() * 100.0);
    a.effectiveFrom = m_from->date();
    a.basisNumber = m_basisNumber->text();
    a.basisTitle = m_basisTitle->text();
    auto id = core::CampaignStore(*m_session.db).addAmount(m_session.actor, a);
    if (!id) {
        showError(m_error, id.error());
        return false;
    }
    m_error->hide();
    reload();
    return true;
}

} // namespace youfu::ui
