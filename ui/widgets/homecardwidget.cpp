#include "widgets/homecardwidget.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace youfu::ui {

HomeCardWidget::HomeCardWidget(const HomeCard& card, QWidget* parent) : QFrame(parent), m_card(card)
{
    setObjectName(QStringLiteral("homeCard"));
    const bool opens = !card.page.isEmpty();
    setFocusPolicy(opens ? Qt::StrongFocus : Qt::NoFocus);
    if (opens) {
        setCursor(Qt::PointingHandCursor);
        setToolTip(tr("Open: %1").arg(card.title));
    }
    setAccessibleName(QStringLiteral("%1: %2").arg(card.title, card.value));
    setAccessibleDescription(card.hint);
    const QString background =
        card.attention ? QStringLiteral("#fff4e5") : QStringLiteral("#f5f7fa");
    const QString border = card.attention ? QStringLiteral("#e0a040") : QStringLiteral("#d8dee8");
    setStyleSheet(
        QStringLiteral(
            "QFrame#homeCard { background: %1; border: 1px solid %2; border-radius: 8px; }"
            "QFrame#homeCard:hover { border: 1px solid #34496b; }"
            "QFrame#homeCard:focus { border: 2px solid #d9a441; }")
            .arg(background, border));
    setFixedSize(sizeHint());
    auto* v = new QVBoxLayout(this);
    auto* t = new QLabel(card.title, this);
    t->setStyleSheet(QStringLiteral("font-size: 14px; color: #5a6b82;"));
    auto* n = new QLabel(card.value, this);
    n->setObjectName(QStringLiteral("cardValue"));
    n->setStyleSheet(
        QStringLiteral("font-size: 30px; font-weight: bold; color: %1;")
            .arg(card.attention ? QStringLiteral("#c0392b") : QStringLiteral("#23324a")));
    auto* h = new QLabel(card.hint, this);
    h->setStyleSheet(QStringLiteral("color: #5a6b82;"));
    h->setWordWrap(true);
    v->addWidget(t);
    v->addWidget(n);
    v->addWidget(h);
}

void HomeCardWidget::activate()
{
    if (!m_card.page.isEmpty())
        Q_EMIT activated(m_card.page, m_card.view);
}

void HomeCardWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        activate();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void HomeCardWidget::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

} // namespace youfu::ui
