#include "privacypanel.h"

#include "storage/database.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace shortlist {

namespace {
// A date edit at this date shows "Not recorded": QDateEdit has no empty state.
const QDate noDate(1900, 1, 1);
constexpr LegalBasis choices[] = {LegalBasis::Unset, LegalBasis::Consent, LegalBasis::LegitimateInterest, LegalBasis::Contract,
                                  LegalBasis::LegalObligation};
} // namespace

PrivacyPanel::PrivacyPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("privacyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("privacyStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addField = [this, form](const QString &field, const QString &label, QWidget *editor, const QString &hint = {}) {
        auto *column = new QWidget(this);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        v->addWidget(editor);
        if (!hint.isEmpty()) {
            auto *note = new QLabel(hint, column);
            note->setWordWrap(true);
            note->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
            v->addWidget(note);
        }
        auto *error = new QLabel(column);
        error->setObjectName(field + QStringLiteral("Error"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        error->hide();
        v->addWidget(error);
        m_errors.insert(field, error);
        form->addRow(label, column);
    };

    m_basis = new QComboBox(this);
    m_basis->setObjectName(QStringLiteral("legalBasisCombo"));
    m_basis->setEditable(true);
    m_basis->setInsertPolicy(QComboBox::NoInsert);
    for (LegalBasis basis : choices)
        m_basis->addItem(displayName(basis), toCode(basis));
    m_basis->lineEdit()->setPlaceholderText(displayName(LegalBasis::Unset));
    m_basis->setToolTip(tr("Why you may hold the candidate's data (GDPR Art. 6). Choose one, or type it: "
                           "“consent”, “legitimate interest”, “contract”, “legal obligation”."));
    addField(QStringLiteral("basis"), tr("Legal basis:"), m_basis);
    connect(m_basis, &QComboBox::currentTextChanged, this, &PrivacyPanel::fieldChanged);
    connect(m_basis, &QComboBox::editTextChanged, this, &PrivacyPanel::fieldChanged);

    m_consentOn = dateEdit(QStringLiteral("consentDateEdit"));
    addField(QStringLiteral("consentOn"), tr("Consent given on:"), dateRow(m_consentOn, QStringLiteral("clearConsentDate")),
             tr("Or the day the legal basis was recorded."));
    m_retainUntil = dateEdit(QStringLiteral("retainUntilEdit"));
    addField(QStringLiteral("retainUntil"), tr("Keep until:"), dateRow(m_retainUntil, QStringLiteral("clearRetainUntil")),
             tr("The retention policy leaves the candidate alone until this day (an ongoing dispute, a promise to keep the CV)."));
    layout->addLayout(form);

    auto *general = new QLabel(this);
    general->setObjectName(QStringLiteral("privacyError"));
    general->setWordWrap(true);
    general->setStyleSheet(QStringLiteral("color: #b00020;"));
    general->hide();
    m_errors.insert(QString(), general);
    layout->addWidget(general);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertConsentButton"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveConsentButton"));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_revert, &QPushButton::clicked, this, &PrivacyPanel::revert);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!m_saveGuard || m_saveGuard())
            save();
    });

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    m_actionRow = new QHBoxLayout;
    layout->addLayout(m_actionRow);
    layout->addStretch(1);
    updateState();
}

QDateEdit *PrivacyPanel::dateEdit(const QString &objectName)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setMaximumDate(QDate(2199, 12, 31));
    edit->setSpecialValueText(tr("Not recorded"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(noDate);
    // The popup of an empty date opens on this month, not on January 1900.
    edit->calendarWidget()->installEventFilter(this);
    connect(edit, &QDateEdit::dateChanged, this, &PrivacyPanel::fieldChanged);
    return edit;
}

QWidget *PrivacyPanel::dateRow(QDateEdit *edit, const QString &clearName)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    auto *clear = new QToolButton(row);
    clear->setObjectName(clearName);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Not recorded"));
    connect(clear, &QToolButton::clicked, edit, [this, edit] { setDate(edit, QDate()); });
    h->addWidget(clear);
    return row;
}

bool PrivacyPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : {m_consentOn, m_retainUntil}) {
            if (edit && watched == edit->calendarWidget() && edit->date() == noDate) {
                const QDate today = QDate::currentDate();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QDate PrivacyPanel::dateOf(const QDateEdit *edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

void PrivacyPanel::setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : noDate);
}

void PrivacyPanel::setDatabase(Database *db)
{
    m_db = db;
    m_candidateId = 0;
    m_modified = false;
    load();
}

void PrivacyPanel::setCandidate(qint64 candidateId)
{
    const bool keepEdits = m_modified && candidateId == m_candidateId && candidateId != 0;
    m_candidateId = candidateId;
    if (!keepEdits) {
        m_modified = false;
        load();
        return;
    }
    // Same candidate, unsaved edits: a fresh baseline (and version) under them.
    if (m_db) {
        if (Result<ConsentRecord> stored = PrivacyRepository(*m_db).consent(candidateId))
            m_record = *stored;
        if (Result<bool> anonymised = PrivacyRepository(*m_db).isAnonymised(candidateId))
            m_anonymised = *anonymised;
    }
    fieldChanged();
}

void PrivacyPanel::load()
{
    m_loading = true;
    m_record = ConsentRecord{};
    m_anonymised = false;
    QString problem;
    if (m_db && m_candidateId > 0) {
        PrivacyRepository privacy(*m_db);
        if (Result<ConsentRecord> stored = privacy.consent(m_candidateId))
            m_record = *stored;
        else
            problem = stored.error().message;
        if (Result<bool> anonymised = privacy.isAnonymised(m_candidateId))
            m_anonymised = *anonymised;
    }
    const bool recognised = m_record.basis != LegalBasis::Unset || m_record.storedBasis.trimmed().isEmpty();
    if (recognised) {
        m_basis->setCurrentIndex(m_basis->findData(toCode(m_record.basis)));
    } else {
        m_basis->setCurrentIndex(-1);
        m_basis->setEditText(m_record.storedBasis);
    }
    setDate(m_consentOn, m_record.consentOn);
    setDate(m_retainUntil, m_record.retainUntil);
    m_loading = false;
    showErrors({}, problem);
    if (!recognised)
        m_errors.value(QStringLiteral("basis"))->setText(tr("Stored as “%1”, which is not one of the legal bases Shortlist records: choose one and save.")
                                                             .arg(m_record.storedBasis));
    m_errors.value(QStringLiteral("basis"))->setVisible(!recognised);
    m_modified = false;
    updateState();
    Q_EMIT modifiedChanged(false);
}

std::optional<ConsentRecord> PrivacyPanel::edited() const
{
    ConsentRecord r = m_record;
    r.consentOn = dateOf(m_consentOn);
    r.retainUntil = dateOf(m_retainUntil);
    const QString text = m_basis->currentText().trimmed();
    if (text.isEmpty()) {
        r.basis = LegalBasis::Unset;
        return r;
    }
    for (LegalBasis basis : choices) {
        if (text.compare(displayName(basis), Qt::CaseInsensitive) == 0) {
            r.basis = basis;
            return r;
        }
    }
    if (std::optional<LegalBasis> basis = legalBasisFromCode(text)) {
        r.basis = *basis;
        return r;
    }
    return std::nullopt;
}

void PrivacyPanel::fieldChanged()
{
    if (m_loading)
        return;
    const std::optional<ConsentRecord> now = edited();
    const bool modified = !now || now->basis != m_record.basis || now->consentOn != m_record.consentOn || now->retainUntil != m_record.retainUntil
                          || (now->basis == LegalBasis::Unset && !m_record.storedBasis.trimmed().isEmpty()
                              && m_basis->currentText().trimmed() != m_record.storedBasis.trimmed());
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
    updateState();
}

void PrivacyPanel::showErrors(const QList<FieldError> &errors, const QString &general)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        QStringList messages;
        for (const FieldError &e : errors) {
            if (e.field == it.key())
                messages << e.message;
        }
        if (it.key().isEmpty() && !general.isEmpty())
            messages << general;
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
}

bool PrivacyPanel::save()
{
    if (!m_db || m_candidateId <= 0 || m_readOnly || m_anonymised)
        return false;
    if (!m_modified)
        return true;
    const std::optional<ConsentRecord> record = edited();
    if (!record) {
        showErrors({{QStringLiteral("basis"), tr("“%1” is not a legal basis Shortlist records; choose consent, legitimate interest, "
                                                 "steps before a contract or legal obligation.")
                                                  .arg(m_basis->currentText().trimmed())}});
        return false;
    }
    const QDate today = QDate::currentDate();
    const QList<FieldError> problems = PrivacyRepository::validate(*record, today);
    if (!problems.isEmpty()) {
        showErrors(problems);
        return false;
    }
    Result<int> version = PrivacyRepository(*m_db).setConsent(m_candidateId, *record, today);
    if (!version) {
        const bool reload = version.error().code == ErrorCode::Stale || version.error().code == ErrorCode::NotFound;
        if (reload) {
            m_modified = false;
            load();
        }
        showErrors({}, version.error().message);
        return false;
    }
    m_record = *record;
    m_record.version = *version;
    m_record.storedBasis = toCode(record->basis);
    m_modified = false;
    showErrors({});
    updateState();
    Q_EMIT modifiedChanged(false);
    Q_EMIT saved(m_candidateId);
    return true;
}

void PrivacyPanel::revert()
{
    m_modified = false;
    load();
}

void PrivacyPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

void PrivacyPanel::setActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        m_actionRow->addWidget(button);
    }
    m_actionRow->addStretch(1);
}

void PrivacyPanel::updateState()
{
    const bool present = m_db && m_candidateId > 0;
    const bool editable = present && !m_readOnly && !m_anonymised;
    for (QWidget *w : std::initializer_list<QWidget *>{m_basis, m_consentOn, m_retainUntil})
        w->setEnabled(editable);
    for (const auto &[name, edit] : {std::pair{"clearConsentDate", m_consentOn}, std::pair{"clearRetainUntil", m_retainUntil}}) {
        if (auto *clear = findChild<QToolButton *>(QLatin1String(name)))
            clear->setEnabled(editable && edit->date() != noDate);
    }
    m_save->setEnabled(editable && m_modified);
    m_revert->setEnabled(editable && m_modified);
    QString status;
    if (present && m_anonymised)
        status = tr("<b>Anonymised.</b> Their name, contact details, links, notes and files were removed; the statistics "
                    "(stages, dates, ratings, source) remain.");
    else if (present && m_readOnly)
        status = tr("The database is open read-only.");
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

void PrivacyPanel::setConsentDate(const QDate &date)
{
    setDate(m_consentOn, date);
}

void PrivacyPanel::setLegalBasisText(const QString &text)
{
    m_basis->setEditText(text);
}

void PrivacyPanel::setRetainUntil(const QDate &date)
{
    setDate(m_retainUntil, date);
}

QString PrivacyPanel::errorText(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString PrivacyPanel::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

} // namespace shortlist
