#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QModelIndex;
class QTimer;

namespace youfu::core {
class Database;
}

namespace youfu::ui {

class PersonPickModel;

// Picks registry persons by typing a name or part of the citizen ID: the matches below the box
// (Down moves into them, Enter or a double-click takes one). One person, or several (the
// persons met on a visit: Delete removes the chosen one from the list).
class PersonChooser : public QWidget
{
    Q_OBJECT
public:
    PersonChooser(core::Database& db, bool several, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    QList<qint64> personIds() const;
    qint64 personId() const { return m_ids.isEmpty() ? 0 : m_ids.first(); }
    void setPersonIds(const QList<qint64>& ids);
    // Searches now for `text` and takes the first match (tests and the keyboard).
    bool choose(const QString& text);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void take(const QModelIndex& index);
    void add(qint64 id, const QString& line);
    void showChosen();

    core::Database& m_db;
    bool m_several = false;
    QList<qint64> m_ids;
    QStringList m_lines;
    QLineEdit* m_search = nullptr;
    QListView* m_matches = nullptr;
    PersonPickModel* m_pick = nullptr;
    QListWidget* m_chosen = nullptr; // several
    QLabel* m_one = nullptr;         // one
    QTimer* m_delay = nullptr;
};

} // namespace youfu::ui
