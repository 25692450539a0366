#pragma once

#include <QObject>
#include <QTimer>

namespace youfu::ui {

// Watches the whole application for the user's hand: any key, click, wheel or mouse move
// restarts the countdown; when it runs out, idle() is emitted once.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int milliseconds);
    int timeout() const { return m_timer.interval(); }
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace youfu::ui
