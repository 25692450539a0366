#include "dialogs/dialogparts.h"

#include <QLabel>
#include <QVBoxLayout>

namespace youfu::ui {

QWidget* makeDialogHeader(const QString& title, const QString& subtitle, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 8);
    auto* t = new QLabel(title, box);
    t->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold; color: #23324a;"));
    v->addWidget(t);
    if (!subtitle.isEmpty()) {
        auto* s = new QLabel(subtitle, box);
        s->setStyleSheet(QStringLiteral("color: #5a6b82;"));
        s->setWordWrap(true);
        v->addWidget(s);
    }
    return box;
}

QLabel* makeErrorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->setVisible(false);
    return l;
}

void showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace youfu::ui
