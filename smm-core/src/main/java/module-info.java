/**
 * SMMKit core: the domain model of social media marketing (personas, semantic core, content,
 * campaigns, goals, money, platforms, communities and promotion methods) and its JSON form.
 */
module dev.smmkit.core {
  requires static transitive org.jspecify;
  requires transitive org.joda.money;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires com.fasterxml.jackson.databind;

  exports dev.smmkit.core;
  exports dev.smmkit.core.json;

  // Hibernate Validator reads constrained fields; Jackson reads fields when writing JSON.
  opens dev.smmkit.core to
      org.hibernate.validator,
      com.fasterxml.jackson.databind;
}
