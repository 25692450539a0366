#include "pages/registerpage.h"

#include "widgets/registerpanel.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace youfu::ui {

RegisterPage::RegisterPage(Session& session, const QString& heading, QWidget* parent)
    : Page(session, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(heading, this);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #23324a;"));
    layout->addWidget(title);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("registerPageNote"));
    m_note->setStyleSheet(QStringLiteral("color: #5a6473;"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RegisterPage::reloadTab);
}

void RegisterPage::addPanel(RegisterPanel* panel, const QString& title)
{
    m_panels << panel;
    m_tabs->addTab(panel, title);
    connect(panel, &RegisterPanel::statusMessage, this, &Page::statusMessage);
    connect(panel, &RegisterPanel::openRequested, this, &Page::openRequested);
}

void RegisterPage::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

RegisterPanel* RegisterPage::panel(const QString& name) const
{
    for (RegisterPanel* p : m_panels)
        if (p->objectName() == name)
            return p;
    return nullptr;
}

void RegisterPage::reloadTab(int index)
{
    if (index >= 0 && index < m_panels.size())
        m_panels.at(index)->reload();
}

void RegisterPage::refresh()
{
    reloadTab(m_tabs->currentIndex());
}

bool RegisterPage::openView(const QString& view)
{
    if (view.isEmpty())
        return true;
    const int colon = view.indexOf(QLatin1Char(':'));
    RegisterPanel* p = panel(colon < 0 ? view : view.left(colon));
    if (!p)
        return false;
    const QString rest = colon < 0 ? QString() : view.mid(colon + 1);
    if (m_tabs->currentWidget() != p)
        m_tabs->setCurrentWidget(p); // reloads it
    return p->openView(rest);
}

} // namespace youfu::ui
