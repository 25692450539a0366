#include "pages/paymentpage.h"

#include "payment/disclosurepanel.h"
#include "payment/recoveriespanel.h"
#include "payment/rollspanel.h"
#include "payment/templatespanel.h"
#include "payment/timelinesspanel.h"
#include "security/permission.h"
#include "widgets/glyphicon.h"

#include <QCheckBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace youfu::ui {

PaymentPage::PaymentPage(Session& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("paymentPage"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Payments"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #23324a;"));
    layout->addWidget(heading);
    if (!canManage()) {
        auto* note = new QLabel(tr("Read only: rolls are drafted and paid by the clerk; the "
                                   "section chief and the director sign them."),
                                this);
        note->setObjectName(QStringLiteral("paymentReadOnly"));
        note->setStyleSheet(QStringLiteral("color: #5a6473;"));
        layout->addWidget(note);
    }
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("paymentTabs"));
    m_rolls = new RollsPanel(session, this);
    m_recoveries = new RecoveriesPanel(session, this);
    m_timeliness = new TimelinessPanel(session, this);
    m_disclosure = new DisclosurePanel(session, this);
    m_templates = new TemplatesPanel(session, this);
    m_tabs->addTab(m_rolls, tr("Rolls"));
    m_tabs->addTab(m_recoveries, tr("Recoveries"));
    m_tabs->addTab(m_timeliness, tr("Timely and in full"));
    m_tabs->addTab(m_disclosure, tr("Disclosure"));
    m_tabs->addTab(m_templates, tr("Bank templates"));
    layout->addWidget(m_tabs, 1);
    connect(m_rolls, &RollsPanel::statusMessage, this, &Page::statusMessage);
    connect(m_recoveries, &RecoveriesPanel::statusMessage, this, &Page::statusMessage);
    connect(m_timeliness, &TimelinessPanel::statusMessage, this, &Page::statusMessage);
    connect(m_disclosure, &DisclosurePanel::statusMessage, this, &Page::statusMessage);
    connect(m_templates, &TemplatesPanel::statusMessage, this, &Page::statusMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PaymentPage::reloadTab);
}

QIcon PaymentPage::icon() const
{
    return glyphIcon(QStringLiteral("发"), QColor(0x1f, 0x6a, 0x3a));
}

bool PaymentPage::canManage() const
{
    return core::isAllowed(session().actor.roles, core::Permission::ManagePayments);
}

void PaymentPage::reloadTab(int index)
{
    switch (index) {
    case RollsTab:
        m_rolls->reload();
        break;
    case RecoveriesTab:
        m_recoveries->reload();
        break;
    case TimelinessTab:
        m_timeliness->reload();
        break;
    case DisclosureTab:
        m_disclosure->reload();
        break;
    case TemplatesTab:
        m_templates->reload();
        break;
    default:
        break;
    }
}

void PaymentPage::refresh()
{
    reloadTab(m_tabs->currentIndex());
}

bool PaymentPage::openView(const QString& view)
{
    static const QHash<QString, int> tabs{{QStringLiteral("rolls"), RollsTab},
                                          {QStringLiteral("problems"), RollsTab},
                                          {QStringLiteral("recoveries"), RecoveriesTab},
                                          {QStringLiteral("timeliness"), TimelinessTab},
                                          {QStringLiteral("disclosure"), DisclosureTab},
                                          {QStringLiteral("templates"), TemplatesTab}};
    if (view.startsWith(QLatin1String("roll:"))) {
        const qint64 id = view.mid(5).toLongLong();
        if (id <= 0)
            return false;
        const QSignalBlocker block(m_tabs);
        m_tabs->setCurrentIndex(RollsTab);
        m_rolls->reload();
        m_rolls->selectRoll(id);
        return m_rolls->currentRollId() == id;
    }
    if (view.isEmpty()) {
        refresh();
        return true;
    }
    if (!tabs.contains(view))
        return Page::openView(view);
    if (auto* problems = m_rolls->findChild<QCheckBox*>(QStringLiteral("lineProblemsOnly"))) {
        const QSignalBlocker block(problems);
        problems->setChecked(view == QLatin1String("problems"));
    }
    const QSignalBlocker block(m_tabs);
    m_tabs->setCurrentIndex(tabs.value(view));
    reloadTab(m_tabs->currentIndex());
    return true;
}

} // namespace youfu::ui
