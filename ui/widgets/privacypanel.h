#pragma once

#include "repositories/privacyrepository.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace shortlist {

class Database;

// The candidate panel's Privacy tab: the legal basis for holding the
// candidate's data (the common bases, or typed the way people write them),
// when consent was given, and the day to keep the data until whatever the
// retention policy says; validated as PrivacyRepository::validate does, each
// problem under its field, and saved as one audited change. Says whether the
// candidate is anonymised, and carries buttons for the window's privacy
// actions (export, anonymise, erase).
class PrivacyPanel : public QWidget {
    Q_OBJECT

public:
    explicit PrivacyPanel(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Shows this candidate's record (0: none). The same candidate again keeps
    // unsaved edits and takes the stored version, so a save after another
    // change to the profile is not refused as stale.
    void setCandidate(qint64 candidateId);
    qint64 candidateId() const { return m_candidateId; }
    void setReadOnly(bool readOnly);
    // Buttons under the fields for these actions, enabled as they are.
    void setActions(const QList<QAction *> &actions);
    // Asked before saving (the window saves pending profile edits first); false cancels.
    void setSaveGuard(std::function<bool()> guard) { m_saveGuard = std::move(guard); }

    bool isModified() const { return m_modified; }
    bool isAnonymised() const { return m_anonymised; }
    // Validates and saves. True when saved or nothing changed.
    bool save();
    void revert();
    // What the fields say now, on top of the record last loaded. nullopt
    // when the legal basis is text Shortlist does not recognise.
    std::optional<ConsentRecord> edited() const;

    // Test hooks: what the user would enter, and what the panel says.
    void setConsentDate(const QDate &date);     // invalid: not recorded
    void setLegalBasisText(const QString &text);
    void setRetainUntil(const QDate &date);     // invalid: not set
    QString errorText(const QString &field) const;   // "consentOn", "basis", "retainUntil", or "" for the rest
    QString statusText() const;

Q_SIGNALS:
    void saved(qint64 candidateId);
    void modifiedChanged(bool modified);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDateEdit *dateEdit(const QString &objectName);
    QWidget *dateRow(QDateEdit *edit, const QString &clearName);
    static QDate dateOf(const QDateEdit *edit);
    void setDate(QDateEdit *edit, const QDate &date);
    void showErrors(const QList<FieldError> &errors, const QString &general = {});
    void fieldChanged();
    void load();
    void updateState();

    Database *m_db = nullptr;
    qint64 m_candidateId = 0;
    ConsentRecord m_record;
    bool m_anonymised = false;
    bool m_readOnly = false;
    bool m_modified = false;
    bool m_loading = false;
    std::function<bool()> m_saveGuard;

    QLabel *m_status = nullptr;
    QComboBox *m_basis = nullptr;
    QDateEdit *m_consentOn = nullptr;
    QDateEdit *m_retainUntil = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QHBoxLayout *m_actionRow = nullptr;
    QHash<QString, QLabel *> m_errors;   // field -> its error label; "" for the rest
};

} // namespace shortlist
