// Scopekeeper store tests: the contract every Store implementation keeps.
//
// Run it with a StoreFactory for the implementation under test:
//
//   MyStoreFactory factory;
//   StoreContract contract(factory);
//   return QTest::qExec(&contract, argc, argv);
//
// Every test function gets fresh stores from the factory and asserts what a user of the
// console, the REST API or the verify endpoint would notice.
#pragma once

#include "StoreFactory.h"
#include "Types.h"

#include <QObject>
#include <QString>
#include <memory>
#include <vector>

class StoreContract : public QObject
{
    Q_OBJECT

public:
    explicit StoreContract(StoreFactory& factory, QObject* parent = nullptr);
    ~StoreContract() override;

    /// The actor the fixtures are created with unless a test says otherwise.
    static QString defaultActor() { return QStringLiteral("contract-tester"); }

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    // apps
    void createAppReturnsTheApp();
    void createAppAcceptsNamesUpToTheLimit_data();
    void createAppAcceptsNamesUpToTheLimit();
    void createAppRejectsBadInput_data();
    void createAppRejectsBadInput();
    void createAppReportsEveryBadField();
    void listAppsFiltersByText();
    void updateAppRenamesAndChangesScopes();
    void updateAppWithStaleVersionChangesNothing();
    void updateAppToTakenNameIsConflict();
    void updateAppRejectsBadInput();
    void deleteAppRemovesItAndItsKeys();
    void unknownIdsAreNotFound();

    // paging
    void appsArePagedInCodePointOrder();
    void keysArePagedByApp();
    void pagingSurvivesChangesBetweenPages();
    void badPagesAreRefused();

    // keys
    void createKeyReturnsTheSecretOnce();
    void createKeyAcceptsLimits();
    void createKeyRejectsBadInput_data();
    void createKeyRejectsBadInput();
    void createKeyReportsEveryBadField();
    void keyCountFollowsKeys();
    void deleteKeyRemovesOnlyThatKey();

    // verify
    void verifyValidKey();
    void verifyForbiddenScope();
    void verifyMalformed();
    void verifyNotFound();
    void verifyExpired();
    void verifyFollowsScopeChanges();
    void narrowedKeyHasItsOwnScopes();
    void narrowedKeyRefusesScopesNotTheApps();
    void narrowedKeyFollowsItsAppOnlyDownwards();
    void lastUsedAtIsRecorded();

    // personal keys and scoping modes (StoreContractMyKeys.cpp)
    void personalKeysAreCreatedListedAndDeleted();
    void personalKeysNeedCatalogScopes();
    void personalAppIsNotAnApp();
    void perKeyStoreHasNoApps();
    void scopingModeIsKeptOnReopen();

    // audit, actor, secrets, catalog, signals
    void auditRecordsEveryChange();
    void rejectedOperationsLeaveNoTrace();
    void actorIsRecorded();
    void secretsAreNeverWritten();
    void catalogIsTheStoresOwn_data();
    void catalogIsTheStoresOwn();
    void changesAreSignalled();

    // rolling a key (issue 13; StoreContractRoll.cpp)
    void rollAnswersBothKeysAndStopsTheOldOneLater();
    void rollWithNoGraceStopsTheOldKeyAtOnce();
    void rollGraceIsCappedAtTheOldKeysExpiry();
    void rollRefusesExpiredAndRollingKeysAndBadGrace();
    void rolledKeyKeepsItsNarrowedScopes();
    void personalKeysCanBeRolled();

private:
    /// A fresh store from the factory, kept until cleanup(); null (see m_fixtureError) when
    /// the factory failed or the store was not empty.
    StoreFixture* newFixture(const QString& catalogId = QString(),
                             const QString& actor = defaultActor(),
                             sk::Scoping scoping = sk::Scoping::PerApp);

    StoreFactory& m_factory;
    std::vector<std::unique_ptr<StoreFixture>> m_fixtures;
    QString m_fixtureError;
};
