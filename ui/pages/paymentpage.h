#pragma once

#include "pages/page.h"

class QTabWidget;

namespace youfu::ui {

class DisclosurePanel;
class RecoveriesPanel;
class RollsPanel;
class TemplatesPanel;
class TimelinessPanel;

// 资金发放: the monthly rolls and their lines, signing, the bank's files and the re-issue
// (发放花名册), recoveries (追回), timely and in full (及时足额), the public disclosure (公示) and
// the banks' templates (银行模板). Each tab reads again when shown. Whoever may not manage
// payments sees everything read only (the section chief and the director sign).
class PaymentPage : public Page
{
    Q_OBJECT
public:
    enum Tab
    {
        RollsTab,
        RecoveriesTab,
        TimelinessTab,
        DisclosureTab,
        TemplatesTab
    };

    explicit PaymentPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Payments"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Funds; }
    void refresh() override;
    // "rolls", "problems" (the rolls, problem lines only), "recoveries", "timeliness",
    // "disclosure", "templates", "roll:<id>".
    bool openView(const QString& view) override;

    bool canManage() const;
    QTabWidget* tabs() const { return m_tabs; }
    RollsPanel* rolls() const { return m_rolls; }
    RecoveriesPanel* recoveries() const { return m_recoveries; }
    TimelinessPanel* timeliness() const { return m_timeliness; }
    DisclosurePanel* disclosure() const { return m_disclosure; }
    TemplatesPanel* templates() const { return m_templates; }

private:
    void reloadTab(int index);

    QTabWidget* m_tabs = nullptr;
    RollsPanel* m_rolls = nullptr;
    RecoveriesPanel* m_recoveries = nullptr;
    TimelinessPanel* m_timeliness = nullptr;
    DisclosurePanel* m_disclosure = nullptr;
    TemplatesPanel* m_templates = nullptr;
};

} // namespace youfu::ui
