#include "payment/templatespanel.h"

#include "dialogs/dialogparts.h"
#include "models/recordtablemodel.h"
#include "payment/bankrules.h"
#include "payment/paymentliststore.h"
#include "payment/templatedialog.h"
#include "security/permission.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

TemplatesPanel::TemplatesPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("templatesPanel"));
    const bool manage = core::isAllowed(session.actor.roles, core::Permission::ManagePayments);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("The batch files the banks take, one template per bank."), this),
                   1);
    auto* add = new QPushButton(tr("&New template…"), this);
    add->setObjectName(QStringLiteral("newTemplate"));
    add->setVisible(manage);
    auto* change = new QPushButton(tr("&Change…"), this);
    change->setObjectName(QStringLiteral("editTemplate"));
    change->setVisible(manage);
    top->addWidget(add);
    top->addWidget(change);
    layout->addLayout(top);
    m_model = new RecordTableModel(
        {tr("Name"), tr("Bank"), tr("Columns"), tr("Format"), tr("Encoding"), tr("In use")}, this);
    m_view = makeListTable(m_model, "templateView", this);
    fitColumns(m_view, 2);
    layout->addWidget(m_view, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    connect(add, &QPushButton::clicked, this, [this] { edit(0); });
    auto chosen = [this, manage] {
        const int row = m_view->currentIndex().row();
        if (manage && row >= 0 && row < m_model->rowCount())
            edit(m_model->rowAt(row).id);
    };
    connect(change, &QPushButton::clicked, this, chosen);
    connect(m_view, &QTableView::doubleClicked, this, chosen);
}

void TemplatesPanel::reload()
{
    m_error->hide();
    auto read = core::PaymentListStore(*m_session.db).templates();
    if (!read)
        showError(m_error, read.error());
    m_templates = read ? read.value() : QList<core::BankTemplate>();
    QList<RecordTableModel::Row> rows;
    for (const core::BankTemplate& t : m_templates) {
        QStringList columns;
        for (core::BankColumn c : t.columns)
            columns << core::BankRules::columnTitle(c);
        rows << RecordTableModel::Row{t.id,
                                      {t.name, t.bankName, columns.join(QStringLiteral("、")),
                                       t.xlsx ? QStringLiteral("xlsx") : QStringLiteral("CSV"),
                                       t.gbk ? QStringLiteral("GB18030") : QStringLiteral("UTF-8"),
                                       t.active ? tr("yes") : tr("no")},
                                      t.active ? QColor() : QColor(0x80, 0x80, 0x80),
                                      0};
    }
    m_model->setRows(rows);
    if (!rows.isEmpty())
        m_view->selectRow(0);
}

bool TemplatesPanel::edit(qint64 templateId)
{
    core::BankTemplate t;
    t.columns = {core::BankColumn::Seq,       core::BankColumn::Account, core::BankColumn::Name,
                 core::BankColumn::CitizenId, core::BankColumn::Amount,  core::BankColumn::Note};
    for (const core::BankTemplate& known : m_templates)
        if (known.id == templateId)
            t = known;
    TemplateDialog dlg(m_session, t, this);
    if (dlg.exec() != QDialog::Accepted)
        return false;
    reload();
    Q_EMIT statusMessage(tr("Bank template %1 saved.").arg(dlg.value().name));
    return true;
}

} // namespace youfu::ui
