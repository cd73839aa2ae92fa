//! Who may do what, decided here and asked everywhere.
//!
//! The organisation an actor acts for always comes from their session (their account), never from a
//! request. Objects of another organisation are reported as "not found" by the callers, so that ids
//! of other organisations cannot even be confirmed to exist.

use crate::{
    DomainError,
    ids::{OrganisationId, UserId},
    user::Role,
};

/// The signed-in account on whose behalf a request runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: UserId,
    pub role: Role,
    pub organisation_id: Option<OrganisationId>,
}

/// Things an actor can ask to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See and screen the people of the organisation's programmes, form and move tandems.
    CoordinateProgrammes,
    /// Create and edit programmes, invite coordinators.
    AdministerOrganisation,
    /// Create organisations, see statewide aggregates.
    AdministerAlliance,
    /// Record a mentor's certificate of conduct (§72a SGB VIII) and see whether it shows a
    /// relevant entry. Coordinators without it see only "valid", "not valid" or "missing".
    InspectCertificates,
}

impl Actor {
    /// The organisation whose data this actor works on, if the action is allowed.
    ///
    /// Returns the organisation from the actor's own account: callers scope every query by it.
    pub fn organisation_for(&self, action: Action) -> Result<&OrganisationId, DomainError> {
        let allowed = match action {
            Action::CoordinateProgrammes => {
                matches!(self.role, Role::Coordinator | Role::OrgAdmin)
            }
            Action::AdministerOrganisation | Action::InspectCertificates => {
                self.role == Role::OrgAdmin
            }
            Action::AdministerAlliance => false,
        };
        match (&self.organisation_id, allowed) {
            (Some(organisation), true) => Ok(organisation),
            _ => Err(DomainError::Forbidden),
        }
    }

    /// Whose events the actor organises: the alliance's (`None`) for the alliance admin, else
    /// their organisation's, for its admins and coordinators (who take attendance at the door).
    pub fn event_owner(&self) -> Result<Option<&OrganisationId>, DomainError> {
        match (self.role, &self.organisation_id) {
            (Role::AllianceAdmin, _) => Ok(None),
            (Role::OrgAdmin | Role::Coordinator, Some(organisation)) => Ok(Some(organisation)),
            _ => Err(DomainError::Forbidden),
        }
    }

    /// Whether the actor may administer the alliance (aggregates only, never persons).
    pub fn may_administer_alliance(&self) -> bool {
        self.role == Role::AllianceAdmin
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role, organisation: Option<&str>) -> Actor {
        Actor {
            user_id: UserId::from_string("u"),
            role,
            organisation_id: organisation.map(OrganisationId::from_string),
        }
    }

    #[test]
    fn events_belong_to_the_alliance_or_to_the_actors_organisation() {
        assert_eq!(actor(Role::AllianceAdmin, None).event_owner(), Ok(None));
        let coordinator = actor(Role::Coordinator, Some("org-a"));
        assert_eq!(
            coordinator
                .event_owner()
                .map(|o| o.map(OrganisationId::as_str)),
            Ok(Some("org-a"))
        );
        assert_eq!(
            actor(Role::Mentor, Some("org-a")).event_owner(),
            Err(DomainError::Forbidden)
        );
    }

    #[test]
    fn coordinators_work_only_in_their_own_organisation() {
        let coordinator = actor(Role::Coordinator, Some("org-a"));
        assert_eq!(
            coordinator
                .organisation_for(Action::CoordinateProgrammes)
                .unwrap()
                .as_str(),
            "org-a"
        );
        assert!(
            coordinator
                .organisation_for(Action::AdministerOrganisation)
                .is_err()
        );
    }

    #[test]
    fn only_organisation_admins_inspect_certificates_of_conduct() {
        let admin = actor(Role::OrgAdmin, Some("org-a"));
        assert_eq!(
            admin
                .organisation_for(Action::InspectCertificates)
                .map(OrganisationId::as_str),
            Ok("org-a")
        );
        for role in [
            Role::Coordinator,
            Role::AllianceAdmin,
            Role::Mentor,
            Role::Mentee,
        ] {
            assert!(
                actor(role, Some("org-a"))
                    .organisation_for(Action::InspectCertificates)
                    .is_err()
            );
        }
    }

    #[test]
    fn alliance_admin_never_coordinates_people() {
        let alliance = actor(Role::AllianceAdmin, None);
        assert!(
            alliance
                .organisation_for(Action::CoordinateProgrammes)
                .is_err()
        );
        assert!(alliance.may_administer_alliance());
    }

    #[test]
    fn mentors_and_mentees_are_not_staff() {
        for role in [Role::Mentor, Role::Mentee] {
            let participant = actor(role, Some("org-a"));
            assert!(
                participant
                    .organisation_for(Action::CoordinateProgrammes)
                    .is_err()
            );
            assert!(!participant.may_administer_alliance());
        }
    }
}
