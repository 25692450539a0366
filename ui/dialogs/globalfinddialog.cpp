#include "dialogs/globalfinddialog.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace youfu::ui {

GlobalFindDialog::GlobalFindDialog(Session& session, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("globalFindDialog"));
    setWindowTitle(tr("Find"));
    resize(560, 360);
    auto* layout = new QVBoxLayout(this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("findText"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(
        tr("Name, pinyin initials (zjg), part of a citizen ID or an application number"));
    m_edit->setAccessibleName(tr("Find a person or an application"));
    layout->addWidget(m_edit);
    m_model = new FindResultModel(*session.db, session.actor, this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("findResults"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the box; Up/Down move the list
    layout->addWidget(m_list, 1);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("findNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #5a6b82;"));
    layout->addWidget(m_note);
    if (!m_model->canFind()) {
        m_note->setText(tr("Your role does not open persons or applications."));
        m_edit->setEnabled(false);
    } else {
        m_note->setText(tr("Up and Down choose, Enter opens, Esc closes."));
    }

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kSearchDelayMs);
    connect(m_delay, &QTimer::timeout, this, &GlobalFindDialog::search);
    connect(m_edit, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex& i) { openRow(i.row()); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& i) { openRow(i.row()); });
    m_edit->installEventFilter(this);
    m_edit->setFocus();
}

void GlobalFindDialog::searchNow()
{
    m_delay->stop();
    search();
}

void GlobalFindDialog::search()
{
    const QString text = m_edit->text().trimmed();
    m_model->setText(text);
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0, 0));
        m_note->setText(tr("Up and Down choose, Enter opens, Esc closes."));
    } else if (!m_model->lastError().isEmpty()) {
        m_note->setText(m_model->lastError());
    } else if (!text.isEmpty()) {
        m_note->setText(tr("Nothing matches “%1”.").arg(text));
    } else {
        m_note->setText(tr("Up and Down choose, Enter opens, Esc closes."));
    }
}

void GlobalFindDialog::openRow(int row)
{
    const qint64 id = m_model->idAt(row);
    if (id <= 0)
        return;
    const FindResultModel::Kind kind = m_model->kindAt(row);
    accept();
    Q_EMIT chosen(kind, id);
}

bool GlobalFindDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int rows = m_model->rowCount();
        const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        switch (key->key()) {
        case Qt::Key_Down:
            if (rows > 0)
                m_list->setCurrentIndex(m_model->index(std::min(row + 1, rows - 1), 0));
            return true;
        case Qt::Key_Up:
            if (rows > 0)
                m_list->setCurrentIndex(m_model->index(std::max(row - 1, 0), 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_delay->isActive()) // typed fast and pressed Enter: search what was typed
                searchNow();
            openRow(m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace youfu::ui
