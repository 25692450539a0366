#include "widgets/screenfit.h"

#include <QEvent>
#include <QGuiApplication>
#include <QRect>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace youfu::ui {

namespace {
// The frame (title bar, borders) is not known before a window is shown: room is left for it.
constexpr QSize kFrame(16, 40);

QRect availableFor(QWidget* window, const QSize& fallback)
{
    QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(QPoint(0, 0), fallback);
}

QString sizeKey(const QString& key)
{
    return QStringLiteral("window/%1/size").arg(key);
}
QString posKey(const QString& key)
{
    return QStringLiteral("window/%1/pos").arg(key);
}
QString maxKey(const QString& key)
{
    return QStringLiteral("window/%1/maximized").arg(key);
}

// Remembers the window's size and place when it closes.
class GeometryKeeper : public QObject
{
public:
    GeometryKeeper(QWidget* window, const QString& key) : QObject(window), m_key(key) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Close) {
            auto* w = static_cast<QWidget*>(watched);
            QSettings s;
            s.setValue(maxKey(m_key), w->isMaximized());
            if (!w->isMaximized() && !w->isFullScreen()) {
                s.setValue(sizeKey(m_key), w->size());
                s.setValue(posKey(m_key), w->pos());
            }
        }
        return false;
    }

private:
    QString m_key;
};
} // namespace

void fitToScreen(QWidget* window, const QString& key, const QSize& preferred)
{
    const QRect avail = availableFor(window, preferred);
    const QSize frame = kFrame;
    const QSize room = (avail.size() - frame).expandedTo(QSize(320, 240));

    const QSettings s;
    QSize size = s.value(sizeKey(key), preferred).toSize();
    if (!size.isValid())
        size = preferred;
    size = size.boundedTo(room).expandedTo(window->minimumSize());
    window->resize(size);

    QPoint pos = s.value(posKey(key)).toPoint();
    const QRect placed(pos, size + frame);
    if (!s.contains(posKey(key)) || !avail.contains(placed))
        pos = avail.topLeft() + QPoint((avail.width() - size.width() - frame.width()) / 2,
                                       (avail.height() - size.height() - frame.height()) / 2);
    window->move(pos.x() < avail.left() ? avail.left() : pos.x(),
                 pos.y() < avail.top() ? avail.top() : pos.y());
    if (s.value(maxKey(key)).toBool())
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
    window->installEventFilter(new GeometryKeeper(window, key));
}

void resizeWithinScreen(QWidget* dialog, const QSize& preferred)
{
    const QRect avail = availableFor(dialog, preferred);
    dialog->resize(preferred.boundedTo((avail.size() - kFrame).expandedTo(QSize(320, 240))));
}

} // namespace youfu::ui
