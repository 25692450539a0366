#include "pages/homepage.h"

#include "app/homecards.h"
#include "common/isotime.h"
#include "settings/settingsstore.h"
#include "widgets/flowlayout.h"
#include "widgets/glyphicon.h"
#include "widgets/homecardwidget.h"

#include <QDate>
#include <QLabel>
#include <QListWidget>
#include <QTime>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
constexpr int kPageRole = Qt::UserRole + 1;
constexpr int kViewRole = Qt::UserRole + 2;
} // namespace

HomePage::HomePage(Session& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("homePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    auto* office = new QLabel(core::SettingsStore(*session.db).officeName(), this);
    office->setStyleSheet(QStringLiteral("font-size: 14px; color: #5a6b82;"));
    m_greeting = new QLabel(this);
    m_greeting->setStyleSheet(
        QStringLiteral("font-size: 26px; font-weight: bold; color: #23324a;"));
    m_date = new QLabel(this);
    m_date->setStyleSheet(QStringLiteral("font-size: 14px; color: #5a6b82;"));
    layout->addWidget(office);
    layout->addWidget(m_greeting);
    layout->addWidget(m_date);
    layout->addSpacing(20);
    m_cardArea = new QWidget(this);
    m_cardArea->setObjectName(QStringLiteral("homeCards"));
    m_cards = new FlowLayout(16, m_cardArea);
    layout->addWidget(m_cardArea);
    layout->addSpacing(20);
    auto* todoTitle = new QLabel(tr("To do today"), this);
    todoTitle->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold; color: #23324a;"));
    layout->addWidget(todoTitle);
    m_todo = new QListWidget(this);
    m_todo->setObjectName(QStringLiteral("homeTodo"));
    m_todo->setAccessibleName(tr("To do today"));
    m_todo->setStyleSheet(
        QStringLiteral("QListWidget#homeTodo { border: 1px solid #d8dee8; border-radius: 6px; "
                       "font-size: 15px; } QListWidget#homeTodo::item { padding: 8px; }"));
    todoTitle->setBuddy(m_todo);
    layout->addWidget(m_todo);
    layout->addStretch(1); // the list is as tall as its lines: no empty white box below them
    connect(m_todo, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString page = item->data(kPageRole).toString();
        if (!page.isEmpty())
            Q_EMIT openRequested(page, item->data(kViewRole).toString());
    });
    refresh();
}

QIcon HomePage::icon() const
{
    return glyphIcon(QStringLiteral("首"), QColor(0xc0, 0x39, 0x2b));
}

void HomePage::refresh()
{
    const int hour = QTime::currentTime().hour();
    const QString hello = hour < 11   ? tr("Good morning")
                          : hour < 18 ? tr("Good afternoon")
                                      : tr("Good evening");
    m_greeting->setText(tr("%1, %2").arg(hello, session().actor.displayName));
    const QDate today = session().db->clock().today();
    m_date->setText(
        tr("Today is %1, %2").arg(core::chineseDate(today), QLocale().dayName(today.dayOfWeek())));

    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_todo->clear();
    const QList<HomeCard> cards = homeCards(session());
    QWidget* previous = nullptr;
    for (const HomeCard& c : cards) {
        auto* card = new HomeCardWidget(c, m_cardArea);
        connect(card, &HomeCardWidget::activated, this, &Page::openRequested);
        m_cards->addWidget(card);
        card->show(); // the page may be on screen already
        if (previous) // Tab goes through the cards in the order they are shown, then the list
            QWidget::setTabOrder(previous, card);
        previous = card;
        if (!c.attention)
            continue;
        auto* line = new QListWidgetItem(tr("%1: %2 — %3").arg(c.title, c.value, c.hint), m_todo);
        line->setData(kPageRole, c.page);
        line->setData(kViewRole, c.view);
        line->setForeground(QColor(0xc0, 0x39, 0x2b));
    }
    if (m_todo->count() == 0) {
        auto* none = new QListWidgetItem(tr("Nothing waits for you today."), m_todo);
        none->setFlags(Qt::ItemIsEnabled);
    }
    if (previous)
        QWidget::setTabOrder(previous, m_todo);
    int height = 2 * m_todo->frameWidth();
    for (int row = 0; row < qMin(m_todo->count(), 8); ++row) // more than eight lines scroll
        height += m_todo->sizeHintForRow(row);
    m_todo->setFixedHeight(height);
    m_cards->invalidate();
    m_cardArea->updateGeometry();
}

} // namespace youfu::ui
