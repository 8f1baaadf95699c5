<?php
/**
 * The editor script's dependencies, as block.json's "file:" expects.
 *
 * @package MassageAdvisor
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '{{VERSION}}',
);
