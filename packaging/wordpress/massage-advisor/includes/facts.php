<?php
/**
 * Generated from the widget's Rust facts (config::ATTRIBUTES, locale::Lang,
 * config::Theme, config::HEADING_LEVELS) by tests/host_facts.rs: do not edit.
 *
 * @package MassageAdvisor
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element's attributes, each with the block attribute that sets it.
 * The widget checks every value itself (an invalid one is ignored with a
 * console warning); the plugin only escapes them for HTML.
 *
 * @return array<string, string> Element attribute => block attribute.
 */
function massage_advisor_attributes() {
	return array(
		'clinic-name'      => 'clinicName',
		'clinic-phone'     => 'clinicPhone',
		'clinic-email'     => 'clinicEmail',
		'clinic-url'       => 'clinicUrl',
		'booking-url'      => 'bookingUrl',
		'clinic-whatsapp'  => 'clinicWhatsapp',
		'reception-url'    => 'receptionUrl',
		'therapies'        => 'therapies',
		'emergency-number' => 'emergencyNumber',
		'lang'             => 'lang',
		'theme'            => 'theme',
		'save'             => 'save',
		'heading-level'    => 'headingLevel',
		'storage-key'      => 'storageKey',
	);
}

/**
 * The widget's languages (primary tags).
 *
 * @return string[] Language tags.
 */
function massage_advisor_languages() {
	return array( 'en', 'hi' );
}

/**
 * The values of the `theme` attribute.
 *
 * @return string[] Themes.
 */
function massage_advisor_themes() {
	return array( 'auto', 'light', 'dark' );
}

/**
 * The heading levels a host may ask for, and the one used otherwise.
 *
 * @return array<string, int> The smallest, the largest and the default level.
 */
function massage_advisor_heading_levels() {
	return array(
		'min'      => 1,
		'max'      => 6,
		'fallback' => 2,
	);
}
