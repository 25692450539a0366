#pragma once

#include <QString>
#include <QWidget>

namespace youfu::ui {

// One register shown as a tab of a RegisterPage (零报告, 业务培训, 短期疗养…): it reads again
// when shown and may open at a view of its own ("missing", "batch:3").
class RegisterPanel : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void reload() = 0;
    // `view` is what follows the panel's objectName in the page's view ("zeroReports:missing"
    // gives "missing"); empty = the panel as it is. False when there is no such view.
    virtual bool openView(const QString& view) { return view.isEmpty(); }

Q_SIGNALS:
    void statusMessage(const QString& message);
    void openRequested(const QString& pageName, const QString& view);
};

} // namespace youfu::ui
