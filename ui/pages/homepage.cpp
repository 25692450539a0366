#include "pages/homepage.h"

#include "app/homecards.h"
#include "common/isotime.h"
#include "settings/settingsstore.h"
#include "widgets/glyphicon.h"

#include <QDate>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QTime>
#include <QVBoxLayout>

namespace youfu::ui {

HomePage::HomePage(Session& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("homePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    auto* office = new QLabel(core::SettingsStore(*session.db).officeName(), this);
    office->setStyleSheet(QStringLiteral("font-size: 14px; color: #5a6b82;"));
    m_greeting = new QLabel(this);
    m_greeting->setStyleSheet(QStringLiteral("font-size: 26px; font-weight: bold; color: #23324a;"));
    m_date = new QLabel(this);
    m_date->setStyleSheet(QStringLiteral("font-size: 14px; color: #5a6b82;"));
    layout->addWidget(office);
    layout->addWidget(m_greeting);
    layout->addWidget(m_date);
    layout->addSpacing(20);
    m_cards = new QGridLayout;
    m_cards->setSpacing(16);
    m_cards->setColumnStretch(4, 1); // cards keep their size; the rest of the row stays empty
    layout->addLayout(m_cards);
    layout->addStretch(1);
    refresh();
}

QIcon HomePage::icon() const
{
    return glyphIcon(QStringLiteral("首"), QColor(0xc0, 0x39, 0x2b));
}

void HomePage::refresh()
{
    const int hour = QTime::currentTime().hour();
    const QString hello = hour < 11 ? tr("Good morning") : hour < 18 ? tr("Good afternoon") : tr("Good evening");
    m_greeting->setText(tr("%1, %2").arg(hello, session().actor.displayName));
    const QDate today = session().db->clock().today();
    m_date->setText(tr("Today is %1, %2").arg(core::chineseDate(today), QLocale().dayName(today.dayOfWeek())));

    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<HomeCard> cards = homeCards(session());
    int i = 0;
    for (const HomeCard& c : cards) {
        auto* frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("homeCard"));
        frame->setStyleSheet(QStringLiteral("QFrame#homeCard { background: %1; border: 1px solid %2; "
                                            "border-radius: 8px; }")
                                 .arg(c.attention ? QStringLiteral("#fff4e5") : QStringLiteral("#f5f7fa"),
                                      c.attention ? QStringLiteral("#e0a040") : QStringLiteral("#d8dee8")));
        frame->setMinimumSize(220, 110);
        frame->setMaximumWidth(280);
        auto* v = new QVBoxLayout(frame);
        auto* t = new QLabel(c.title, frame);
        t->setStyleSheet(QStringLiteral("font-size: 14px; color: #5a6b82;"));
        auto* n = new QLabel(c.value, frame);
        n->setObjectName(QStringLiteral("cardValue"));
        n->setStyleSheet(QStringLiteral("font-size: 30px; font-weight: bold; color: %1;")
                             .arg(c.attention ? QStringLiteral("#c0392b") : QStringLiteral("#23324a")));
        auto* h = new QLabel(c.hint, frame);
        h->setStyleSheet(QStringLiteral("color: #5a6b82;"));
        h->setWordWrap(true);
        v->addWidget(t);
        v->addWidget(n);
        v->addWidget(h);
        m_cards->addWidget(frame, i / 4, i % 4);
        ++i;
    }
}

} // namespace youfu::ui
