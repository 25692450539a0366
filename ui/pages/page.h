#pragma once

#include "app/session.h"

#include <QIcon>
#include <QWidget>

namespace youfu::ui {

// One area of the work in the navigation list.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(Session& session, QWidget* parent = nullptr) : QWidget(parent), m_session(session) {}
    virtual QString title() const = 0;
    virtual QIcon icon() const { return QIcon(); }
    // Called each time the page is shown, so it can fetch fresh figures.
    virtual void refresh() {}

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    Session& session() { return m_session; }
    const Session& session() const { return m_session; }

private:
    Session& m_session;
};

} // namespace youfu::ui
