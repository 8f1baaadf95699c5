/**
 * The "Massage advisor" block in the editor: the clinic's details in the
 * sidebar, a short description in the content. It is rendered by PHP on the
 * page (no build step: plain script, WordPress's own globals).
 */
( function ( blocks, element, blockEditor, components, i18n ) {
	var el = element.createElement;
	var __ = i18n.__;
	// [ attribute, label, help ]: help, never a placeholder that looks like a value.
	// The element's attributes (generated), then the block's own fallback.
	var fields = [
		// BEGIN generated from config::ATTRIBUTES (tests/host_facts.rs): do not edit
		[ 'clinicName', __( 'Clinic name', 'massage-advisor' ), '' ],
		[ 'clinicPhone', __( 'Phone', 'massage-advisor' ), __( 'As visitors should dial it, e.g. +91 82704 82704.', 'massage-advisor' ) ],
		[ 'clinicEmail', __( 'Email', 'massage-advisor' ), '' ],
		[ 'clinicUrl', __( 'Website', 'massage-advisor' ), __( 'A full https:// address.', 'massage-advisor' ) ],
		[ 'bookingUrl', __( 'Booking page', 'massage-advisor' ), __( 'A full https:// address. Write {therapy} where the suggested therapy should go, e.g. https://example.org/book?service={therapy}.', 'massage-advisor' ) ],
		[ 'clinicWhatsapp', __( 'WhatsApp number', 'massage-advisor' ), __( 'In international form, digits only, e.g. +918270482704. Visitors can then send you their summary on WhatsApp.', 'massage-advisor' ) ],
		[ 'receptionUrl', __( 'Reception page', 'massage-advisor' ), __( 'The full https:// address of your page with the questionnaire, opened by the code visitors show at reception. Empty: the page they answered on.', 'massage-advisor' ) ],
		[ 'therapies', __( 'Therapies you offer', 'massage-advisor' ), __( 'Leave empty for all, or list those you offer, separated by spaces: relaxation deep_pressure oil_based stretch_assisted lower_back abhyanga kati_basti swedana potli.', 'massage-advisor' ) ],
		[ 'emergencyNumber', __( 'Local emergency number', 'massage-advisor' ), __( 'Shown on the emergency screen, e.g. 112 in India. Empty: "your local emergency number".', 'massage-advisor' ) ],
		[ 'lang', __( 'Language', 'massage-advisor' ), __( 'en or hi. Empty: the language of your site.', 'massage-advisor' ) ],
		[ 'theme', __( 'Colours', 'massage-advisor' ), __( 'light, dark, or empty to follow the visitor\'s setting.', 'massage-advisor' ) ],
		[ 'save', __( 'Keep answers on the device', 'massage-advisor' ), __( 'Empty: yes. off: nothing is kept, for shared or kiosk computers.', 'massage-advisor' ) ],
		[ 'headingLevel', __( 'Heading level', 'massage-advisor' ), __( '1 to 6. Empty: 2. Use 3 if the block sits under an h2 heading.', 'massage-advisor' ) ],
		[ 'storageKey', __( 'Storage key', 'massage-advisor' ), __( 'Give two blocks the same key to share answers; each block on a page needs its own otherwise.', 'massage-advisor' ) ],
		// END generated from config::ATTRIBUTES
		[ 'fallback', __( 'If it cannot start, show', 'massage-advisor' ), __( 'A sentence with a way to reach you, e.g. "Questions about your back? Call us on +91 82704 82704."', 'massage-advisor' ) ],
	];

	blocks.registerBlockType( 'massage-advisor/advisor', {
		edit: function ( props ) {
			var controls = fields.map( function ( field ) {
				return el( components.TextControl, {
					key: field[ 0 ],
					// The field sizes WordPress 6.8 makes the default (no deprecation notices).
					__next40pxDefaultSize: true,
					__nextHasNoMarginBottom: true,
					label: field[ 1 ],
					help: field[ 2 ],
					value: props.attributes[ field[ 0 ] ] || '',
					onChange: function ( value ) {
						var change = {};
						change[ field[ 0 ] ] = value;
						props.setAttributes( change );
					},
				} );
			} );
			return el(
				'div',
				blockEditor.useBlockProps(),
				el(
					blockEditor.InspectorControls,
					null,
					el( components.PanelBody, { title: __( 'Your clinic', 'massage-advisor' ) }, controls )
				),
				el(
					components.Placeholder,
					{
						icon: 'universal-access-alt',
						label: __( 'Massage advisor', 'massage-advisor' ),
						instructions: __( 'The back-care questionnaire shows here on the published page. Set your clinic\'s details in the block settings.', 'massage-advisor' ),
					}
				)
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
