#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace youfu::ui {

// Small pieces every dialog uses, so they look and behave alike.
QWidget* makeDialogHeader(const QString& title, const QString& subtitle, QWidget* parent);
QLabel* makeErrorLabel(QWidget* parent);   // hidden until showError
void showError(QLabel* label, const QString& message);

} // namespace youfu::ui
