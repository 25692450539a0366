#pragma once

#include "pages/page.h"

#include <QList>

class QLabel;
class QTabWidget;

namespace youfu::ui {

class RegisterPanel;

// A page of registers, one tab each (the townships' work, the care work). A panel reads again
// each time its tab is shown. A view is "<panel objectName>" or "<panel objectName>:<its view>".
class RegisterPage : public Page
{
    Q_OBJECT
public:
    RegisterPage(Session& session, const QString& heading, QWidget* parent = nullptr);
    void refresh() override;
    bool openView(const QString& view) override;

    QTabWidget* tabs() const { return m_tabs; }
    // The panel whose objectName is `name`, or null.
    RegisterPanel* panel(const QString& name) const;

protected:
    void addPanel(RegisterPanel* panel, const QString& title);
    // Shows a line under the heading (e.g. "read only").
    void setNote(const QString& note);

private:
    void reloadTab(int index);

    QLabel* m_note = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<RegisterPanel*> m_panels;
};

} // namespace youfu::ui
