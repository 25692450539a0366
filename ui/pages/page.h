#pragma once

#include "app/session.h"
#include "pages/pagegroup.h"

#include <QIcon>
#include <QWidget>

namespace youfu::ui {

// One area of the work in the navigation list.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(Session& session, QWidget* parent = nullptr) : QWidget(parent), m_session(session)
    {}
    virtual QString title() const = 0;
    virtual QIcon icon() const { return QIcon(); }
    // The heading of the navigation the page is listed under.
    virtual PageGroup group() const { return PageGroup::Daily; }
    // Called each time the page is shown, so it can fetch fresh figures.
    virtual void refresh() {}
    // Shows one of the page's filtered lists ("keyPersons", "inbox"…) or one record
    // ("person:12", "application:7"); the empty view is the page as it is. False when the page
    // has no such view (or the record cannot be shown).
    virtual bool openView(const QString& view) { return view.isEmpty(); }

Q_SIGNALS:
    void statusMessage(const QString& message);
    // Asks the main window to show another page, at one of its views.
    void openRequested(const QString& pageName, const QString& view);

protected:
    Session& session() { return m_session; }
    const Session& session() const { return m_session; }

private:
    Session& m_session;
};

} // namespace youfu::ui
